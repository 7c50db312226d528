// Step "Nhập danh sách": choose the register sheet, read it without writing, see what was
// understood (counts, column mapping, encodings converted, problems), correct the mapping, then
// write "Sáng kiến" with progress and go on to the council.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { REGISTER_FIELDS } from '../../../core/intake';
import { TaskProgress } from '../../common';
import type { StepProps } from '../types';
import { ConversionList } from './ConversionList';
import { useIntakeStyles } from './Intake.styles';
import type { IntakePreviewState } from './Intake.types';
import { countErrors, mappingRows } from './logic';
import { MappingEditor } from './MappingEditor';
import { intakeMessages } from './messages';
import { ProblemGroups } from './ProblemGroups';
import { SourceLines, Sources } from './Sources';
import { sourceMessages } from './sources.messages';
import { useIntake, type UseIntake } from './useIntake';

export function Intake(props: StepProps): ReactNode {
  const t = intakeMessages.useT();
  const styles = useIntakeStyles();
  const intake = useIntake();
  const { candidates, existing, choice, current, reading, writing } = intake;
  const busy = reading.status === 'running' || writing.status === 'running';

  return (
    <div className={styles.root}>
      {current === null ? (
        <Body1 as="p" className={styles.p}>
          {t('empty')}
        </Body1>
      ) : null}
      {existing !== null && writing.status !== 'done' ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('existing', { sheet: existing })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={t('sheet')} hint={t('sheet.hint')}>
        <Select value={choice} onFocus={intake.refreshSheets} onChange={(_e, data) => intake.choose(data.value)}>
          <option value="">{t('sheet.auto')}</option>
          {(candidates ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {choice !== '' && !(candidates ?? []).includes(choice) ? <option value={choice}>{choice}</option> : null}
        </Select>
      </Field>
      {candidates !== null && candidates.length === 0 && current === null ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('sheet.none')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Sources intake={intake} busy={busy} />
      <div className={styles.actions}>
        <Button appearance={current === null ? 'primary' : 'secondary'} onClick={intake.read} disabledFocusable={busy}>
          {reading.status === 'running' ? t('reading') : t('read')}
        </Button>
      </div>
      <TaskProgress task={reading} label={t('read.label')} />
      {/* Always present and filled when a read ends, so a screen reader hears the outcome. */}
      <Body1 as="p" role="status" className={styles.p}>
        {current === null ? '' : t('counts.status', { count: current.preview.result.stats.rows, problems: current.preview.result.problems.length, errors: countErrors(current.preview.result.problems) })}
      </Body1>
      {current !== null ? (
        <IntakePreviewPanel intake={intake} state={current} busy={busy} actions={<WriteSection intake={intake} state={current} busy={busy} goTo={props.goTo} />} />
      ) : null}
    </div>
  );
}

/** What intake understood, before anything is written (exported for its render test). */
export function IntakePreviewPanel(props: { readonly intake: UseIntake; readonly state: IntakePreviewState; readonly busy: boolean; readonly actions?: ReactNode }): ReactNode {
  const t = intakeMessages.useT();
  const ts = sourceMessages.useT();
  const styles = useIntakeStyles();
  const headingId = useId();
  const { intake, state } = props;
  // Read from several sources: one line each (with its own columns) instead of one mapping.
  const several = state.preview.result.sources.length > 1 || state.preview.result.sources.some((s) => s.file !== null);
  const { result, mapping } = state.preview;
  const { stats } = result;
  const rows = mappingRows(result, mapping);
  const needsLook = rows.some((r) => r.certainty === 'required' || r.certainty === 'unsure' || r.sharedWith !== null);
  const header =
    result.headerRows.first === 0
      ? t('counts.header.none')
      : result.headerRows.first === result.headerRows.last
        ? String(result.headerRows.first)
        : `${result.headerRows.first}–${result.headerRows.last}`;
  const counts: readonly (readonly [string, string | number])[] = [
    // With several sources each line says its own header row.
    ...(several ? [] : [[t('counts.header'), header] as const]),
    [t('counts.initiatives'), stats.rows],
    [t('counts.sections'), stats.sections],
    [t('counts.skipped'), stats.skipped],
    [t('counts.duplicates'), stats.duplicates],
    [t('counts.problems'), result.problems.length],
    [t('counts.conversions'), result.conversions.length],
  ];
  const open = [...(needsLook && !several ? ['mapping'] : []), 'conversions', 'problems'];

  return (
    <>
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId}>
          {several ? ts('counts.heading', { count: result.sources.length }) : t('counts.heading', { sheet: result.sheet })}
        </Subtitle2>
        <dl className={styles.counts}>
          {counts.map(([name, value]) => (
            <div key={name} className={styles.countRow}>
              <dt className={styles.countName}>{name}</dt>
              <dd className={styles.countValue}>{value}</dd>
            </div>
          ))}
        </dl>
        {several ? <SourceLines intake={intake} result={result} busy={props.busy} /> : null}
        {state.reimport !== null ? (
          <Body1 as="p" className={styles.p}>
            {t('counts.reimport', { kept: state.reimport.kept, added: state.reimport.added, vanished: state.reimport.vanished })}
          </Body1>
        ) : null}
      </section>
      {/* Writing sits under the counts, not below a list of problems that may run for pages. */}
      {props.actions}
      <Accordion multiple collapsible defaultOpenItems={open}>
        {several ? null : (
          <AccordionItem value="mapping">
            <AccordionHeader as="h3">{t('mapping.heading', { mapped: rows.filter((r) => r.column !== null).length, total: REGISTER_FIELDS.length })}</AccordionHeader>
            <AccordionPanel>
              <MappingEditor result={result} corrections={mapping} source={state.source} disabled={props.busy} onCorrect={intake.correct} onReset={intake.resetMapping} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {result.conversions.length > 0 ? (
          <AccordionItem value="conversions">
            <AccordionHeader as="h3">{t('conversions.heading', { count: result.conversions.length })}</AccordionHeader>
            <AccordionPanel>
              <ConversionList sheet={result.sheet} conversions={result.conversions} onSelect={intake.select} />
            </AccordionPanel>
          </AccordionItem>
        ) : null}
        <AccordionItem value="problems">
          <AccordionHeader as="h3">{t('problems.heading', { count: result.problems.length })}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.section}>
              {result.problems.length > 0 ? (
                <Body1 as="p" className={styles.p}>
                  {t('problems.hint')}
                </Body1>
              ) : null}
              <ProblemGroups problems={result.problems} onSelect={intake.select} />
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}

function WriteSection(props: { readonly intake: UseIntake; readonly state: IntakePreviewState; readonly busy: boolean; readonly goTo: StepProps['goTo'] }): ReactNode {
  const t = intakeMessages.useT();
  const styles = useIntakeStyles();
  const { intake, state } = props;
  const { result } = state.preview;
  const errors = countErrors(result.problems);
  const nothing = result.initiatives.length === 0;
  const written = intake.writing.status === 'done' ? intake.writing.result : null;
  const notice = intake.stale ? t('write.stale') : nothing ? t('write.nothing') : errors > 0 ? t('write.withErrors', { count: errors }) : null;

  return (
    <div className={styles.section}>
      {notice !== null && written === null ? (
        <MessageBar intent={intake.stale || nothing ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance={written === null ? 'primary' : 'secondary'} onClick={intake.write} disabledFocusable={props.busy || intake.stale || nothing}>
          {intake.writing.status === 'running' ? t('writing') : t('write')}
        </Button>
      </div>
      <TaskProgress task={intake.writing} label={t('write.label')} />
      {written !== null ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t('written', { count: written.written, sheet: written.sheet })}
              {written.reimport !== null ? ` ${t('written.reimport', { ...written.reimport })}` : ''}
              {written.rememberedFor !== null ? ` ${t('written.mapping', { sheet: written.rememberedFor })}` : ''}
            </MessageBarBody>
          </MessageBar>
          {written.notes.map((note) => (
            <MessageBar key={note} intent="warning" layout="multiline">
              <MessageBarBody>{note}</MessageBarBody>
            </MessageBar>
          ))}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => props.goTo('council')}>
              {t('goCouncil')}
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
