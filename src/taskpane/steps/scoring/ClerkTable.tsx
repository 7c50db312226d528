// The clerk's fast entry of a paper score sheet: one row per initiative of the chosen reviewer,
// a box per criterion, Tab across and Enter down. A row is saved when the cursor leaves it, with
// the same checks and the same cells (that reviewer's row only) as the reviewer's own form.
import { Caption1, Checkbox, Input, mergeClasses } from '@fluentui/react-components';
import { useRef, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { QueueItem } from '../../../core/council';
import type { Criterion } from '../../../core/model';
import { scoringMessages } from './messages';
import type { Saver } from './Scoring.types';
import { useScoringStyles } from './Scoring.styles';
import { useScoreForm } from './useScoreForm';

export interface ClerkTableProps {
  readonly items: readonly QueueItem[];
  readonly rubric: readonly Criterion[];
  readonly saver: Saver;
  /** "TV02 — Name", for the table's caption. */
  readonly member: string;
}

export function ClerkTable(props: ClerkTableProps): ReactNode {
  const t = scoringMessages.useT();
  const styles = useScoringStyles();
  const table = useRef<HTMLTableElement>(null);
  // Enter moves to the same column one row down, as in a spreadsheet.
  const moveDown = (row: number, col: number): void => {
    const el = table.current?.querySelector<HTMLInputElement>(`[data-row="${row + 1}"][data-col="${col}"]`);
    el?.focus();
    el?.select();
  };
  return (
    <div className={styles.tableWrap}>
      <table ref={table} className={styles.table}>
        <caption className={styles.caption}>
          <Caption1>{t('clerkTable', { member: props.member })}</Caption1>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t('clerkId')}
            </th>
            {props.rubric.map((c) => (
              <th key={c.code} scope="col" className={styles.th} title={c.name}>
                {c.code}
              </th>
            ))}
            <th scope="col" className={styles.th}>
              {t('comment')}
            </th>
            <th scope="col" className={styles.th}>
              {t('conflict')}
            </th>
            <th scope="col" className={styles.th}>
              {t('clerkState')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((it, i) => (
            <ClerkRow key={it.initiativeId} item={it} index={i} rubric={props.rubric} saver={props.saver} onDown={moveDown} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface ClerkRowProps {
  readonly item: QueueItem;
  readonly index: number;
  readonly rubric: readonly Criterion[];
  readonly saver: Saver;
  readonly onDown: (row: number, col: number) => void;
}

function ClerkRow(props: ClerkRowProps): ReactNode {
  const t = scoringMessages.useT();
  const styles = useScoringStyles();
  const { item, rubric, index } = props;
  const id = item.initiativeId;
  const form = useScoreForm(item, rubric, props.saver, { autosaveMs: null });

  const onKey = (col: number) => (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    // Move at once so typing never waits on Excel; the row saves as the cursor leaves it.
    props.onDown(index, col);
  };
  const onBlur = (e: FocusEvent<HTMLTableRowElement>) => {
    if (e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)) return;
    void form.commit();
  };
  const state = form.state;
  const stateText = state === null ? '' : state.kind === 'failed' ? t('rowFailed', { id, error: state.error }) : t(`state.${state.kind}`);
  const last = rubric.length;
  return (
    <tr onBlur={onBlur}>
      <th scope="row" className={mergeClasses(styles.td, styles.th)}>
        {id}
      </th>
      {rubric.map((c, k) => {
        const error = form.errors[c.code];
        const errId = `clerk-err-${id}-${c.code}`;
        return (
          <td key={c.code} className={styles.td}>
            <Input
              size="small"
              className={styles.cellInput}
              inputMode="decimal"
              autoComplete="off"
              aria-label={t('clerkCell', { code: c.code, id })}
              aria-invalid={error ? true : undefined}
              {...(error ? { 'aria-describedby': errId } : {})}
              data-row={index}
              data-col={k}
              value={form.input.scores[c.code] ?? ''}
              onChange={(_, d) => form.setScore(c.code, d.value)}
              onKeyDown={onKey(k)}
            />
            {error ? (
              <Caption1 id={errId} className={styles.cellError}>
                {error}
              </Caption1>
            ) : null}
          </td>
        );
      })}
      <td className={styles.td}>
        <Input
          size="small"
          className={styles.commentInput}
          aria-label={t('clerkComment', { id })}
          data-row={index}
          data-col={last}
          value={form.input.comment}
          onChange={(_, d) => form.setComment(d.value)}
          onKeyDown={onKey(last)}
        />
      </td>
      <td className={styles.td}>
        <Checkbox
          aria-label={t('clerkConflict', { id })}
          data-row={index}
          data-col={last + 1}
          checked={form.input.conflict}
          onChange={(_, d) => form.setConflict(d.checked === true)}
          onKeyDown={onKey(last + 1)}
        />
      </td>
      <td className={styles.td}>
        <Caption1 role="status" className={state?.kind === 'saved' ? styles.saved : styles.unsaved}>
          {stateText}
        </Caption1>
      </td>
    </tr>
  );
}
