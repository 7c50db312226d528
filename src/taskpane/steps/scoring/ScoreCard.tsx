// One initiative's form for the reviewer: what it is, one bounded box per criterion, a comment and
// the conflict flag. Enter anywhere saves and moves to the next open item; typing autosaves.
import { Body1, Button, Caption1, Checkbox, Field, Input, Link, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { QueueItem } from '../../../core/council';
import type { Criterion } from '../../../core/model';
import { useLocale } from '../../i18n';
import { benefitText, maxText } from './format';
import { scoringMessages } from './messages';
import { SaveStatus } from './SaveStatus';
import type { Saver } from './Scoring.types';
import { useScoringStyles } from './Scoring.styles';
import { useScoreForm } from './useScoreForm';

/** Quiet typing before the card saves by itself. */
export const AUTOSAVE_MS = 1200;

export interface ScoreCardProps {
  readonly item: QueueItem;
  readonly rubric: readonly Criterion[];
  readonly saver: Saver;
  /** Put the cursor in the first box when the card appears (after Enter moved here). */
  readonly focusFirst: boolean;
  readonly onSavedNext: () => void;
  readonly onGoRow: () => void;
}

export function ScoreCard(props: ScoreCardProps): ReactNode {
  const t = scoringMessages.useT();
  const locale = useLocale();
  const styles = useScoringStyles();
  const { item, rubric } = props;
  const form = useScoreForm(item, rubric, props.saver, { autosaveMs: AUTOSAVE_MS });
  const first = useRef<HTMLInputElement>(null);
  const boxes = useRef<Record<string, HTMLInputElement | null>>({});

  useEffect(() => {
    if (props.focusFirst) first.current?.focus();
  }, [props.focusFirst]);

  const saveNext = async (): Promise<void> => {
    const ok = await form.commit();
    if (ok) {
      props.onSavedNext();
      return;
    }
    // Put the cursor where the fix is needed.
    const wrong = rubric.find((c) => boxes.current[c.code]?.getAttribute('aria-invalid') === 'true');
    if (wrong) boxes.current[wrong.code]?.focus();
  };
  const onEnter = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    void saveNext();
  };

  const benefit = benefitText(item.benefitVnd, locale);
  const headingId = `score-card-${item.initiativeId}`;
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {item.initiativeId} — {item.title}
      </Subtitle2>
      <Caption1>
        {t('field')}: {item.field === '' ? '—' : item.field} · {t('benefit')}: {benefit ?? t('benefitUnknown')}
      </Caption1>
      {item.summary !== '' ? (
        <Body1 as="p" className={styles.summary}>
          {item.summary}
        </Body1>
      ) : null}
      <Caption1>{t('keys')}</Caption1>
      <div className={styles.scores}>
        {rubric.map((c, i) => {
          const error = form.errors[c.code];
          return (
            <Field
              key={c.code}
              label={t('criterion', { code: c.code, name: c.name, max: maxText(c, locale) })}
              validationState={error ? 'error' : 'none'}
              {...(error ? { validationMessage: error } : {})}
            >
              <Input
                ref={(el) => {
                  boxes.current[c.code] = el;
                  if (i === 0) first.current = el;
                }}
                className={styles.scoreBox}
                inputMode="decimal"
                autoComplete="off"
                value={form.input.scores[c.code] ?? ''}
                onChange={(_, d) => form.setScore(c.code, d.value)}
                onKeyDown={onEnter}
              />
            </Field>
          );
        })}
      </div>
      <Field label={t('comment')}>
        <Input className={styles.wide} value={form.input.comment} onChange={(_, d) => form.setComment(d.value)} onKeyDown={onEnter} />
      </Field>
      <Field hint={t('conflictHint')}>
        <Checkbox label={t('conflict')} checked={form.input.conflict} onChange={(_, d) => form.setConflict(d.checked === true)} onKeyDown={onEnter} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void saveNext()}>
          {t('saveNext')}
        </Button>
        <SaveStatus state={form.state} onRetry={() => void form.commit()} />
      </div>
      <Link as="button" onClick={props.onGoRow}>
        {t('goRow', { row: item.row })}
      </Link>
    </section>
  );
}
