// "Nhiều nguồn": a register sent as several files or sheets (SPEC §3). The clerk ticks other sheets
// of this workbook and adds unions' .xlsx files (file picker or drag and drop; read in the pane, never
// uploaded); after reading, one line per source says what was read, its layout, its encoding and its
// problems, and a source can be dropped or its columns corrected.
import { Body1, Button, Caption1, Checkbox, Subtitle2, mergeClasses } from '@fluentui/react-components';
import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { sourceKey } from '../../../app/import';
import { sourceLabel, type IntakeResult, type SourceSummary } from '../../../core/intake';
import { message } from '../../../core/messages';
import { TaskProgress } from '../../common';
import { useLocale } from '../../i18n';
import { useIntakeStyles } from './Intake.styles';
import { MappingEditor } from './MappingEditor';
import { sourceMessages } from './sources.messages';
import type { UseIntake } from './useIntake';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function Sources(props: { readonly intake: UseIntake; readonly busy: boolean }): ReactNode {
  const t = sourceMessages.useT();
  const styles = useIntakeStyles();
  const headingId = useId();
  const file = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const { intake } = props;
  const others = (intake.candidates ?? []).filter((s) => s !== intake.choice);
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    intake.addFiles(Array.from(e.dataTransfer.files));
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t('heading')}
      </Subtitle2>
      <Caption1>{t('hint')}</Caption1>
      {others.length > 0 ? (
        <div role="group" aria-label={t('sheets')} className={styles.section}>
          <Body1>{t('sheets')}</Body1>
          {others.map((name) => (
            <Checkbox
              key={name}
              label={name}
              checked={intake.extraSheets.includes(name)}
              onChange={(_e, data) => intake.tickSheet(name, data.checked === true)}
            />
          ))}
        </div>
      ) : null}
      <div
        className={mergeClasses(styles.dropZone, over ? styles.dropZoneOver : undefined)}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Button
          onClick={() => file.current?.click()}
          disabledFocusable={props.busy || intake.adding.status === 'running'}
        >
          {intake.adding.status === 'running' ? t('adding') : t('add')}
        </Button>
        <Caption1>{t('drop')}</Caption1>
        <input
          ref={file}
          type="file"
          multiple
          accept={`.xlsx,${XLSX_TYPE}`}
          aria-label={t('add.label')}
          className={styles.fileInput}
          tabIndex={-1}
          onChange={(e) => {
            intake.addFiles(Array.from(e.currentTarget.files ?? []));
            e.currentTarget.value = '';
          }}
        />
      </div>
      <TaskProgress task={intake.adding} label={t('add.progress')} />
    </section>
  );
}

/** One line per source of the current reading, each with "drop" and "correct the columns". */
export function SourceLines(props: {
  readonly intake: UseIntake;
  readonly result: IntakeResult;
  readonly busy: boolean;
}): ReactNode {
  const t = sourceMessages.useT();
  const locale = useLocale();
  const styles = useIntakeStyles();
  const [fixing, setFixing] = useState<string | null>(null);
  const { intake, result } = props;
  const line = (s: SourceSummary): string => {
    if (s.status !== 'read') return s.problems.map((p) => message(locale, p.code, p.params)).join(' ');
    const rows =
      s.headerRows.first === s.headerRows.last
        ? String(s.headerRows.first)
        : `${s.headerRows.first}–${s.headerRows.last}`;
    const encoding =
      s.encodings.tcvn3 + s.encodings.vni === 0
        ? t('encoding.unicode')
        : [s.encodings.tcvn3 > 0 ? 'TCVN3' : '', s.encodings.vni > 0 ? 'VNI' : ''].filter(Boolean).join(' + ');
    return t('line.read', {
      rows: s.stats.rows,
      header: t('line.header', { rows }),
      unit: t(`unit.${s.mapping.benefitUnit}`),
      encoding,
      duplicates: s.stats.duplicates,
      problems: s.problems.length,
    });
  };
  return (
    <ul className={styles.list} aria-label={t('list')}>
      {result.sources.map((s) => {
        const label = s.file !== null && s.status !== 'read' ? s.file : sourceLabel(s.file, s.sheet);
        const key = sourceKey(s.file, s.sheet);
        const open = fixing === key && s.status === 'read';
        return (
          <li key={`${s.file ?? ''}|${s.sheet}`} className={styles.sourceLine}>
            <Body1>
              <strong>{label}</strong>: {line(s)}
            </Body1>
            <div className={styles.actions}>
              {s.status === 'read' ? (
                <Button
                  size="small"
                  aria-label={open ? t('fix.close') : t('fix', { source: label })}
                  aria-expanded={open}
                  onClick={() => setFixing(open ? null : key)}
                >
                  {open ? t('fix.close') : t('fix.short')}
                </Button>
              ) : null}
              <Button
                size="small"
                aria-label={t('remove', { source: label })}
                disabledFocusable={props.busy}
                onClick={() => intake.dropSource(s)}
              >
                {t('remove.short')}
              </Button>
            </div>
            {open ? (
              <section aria-label={t('fix.heading', { source: label })} className={styles.section}>
                <MappingEditor
                  result={{ ...result, mapping: s.mapping }}
                  corrections={intake.sourceMappings[key] ?? {}}
                  source={intake.sourceMappings[key] ? 'edited' : 'recognised'}
                  disabled={props.busy}
                  onCorrect={(field, column) => intake.correctSource(s, field, column)}
                  onReset={() => intake.resetSource(s)}
                />
              </section>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
