// "Phiếu chấm": export one packet per reviewer as new workbooks, take returned packets back in.
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useRef, type ReactNode } from 'react';
import type { ReceivedPacket } from '../../../app/scoring';
import { describeProblem } from '../../../core/messages';
import { TaskProgress } from '../../common';
import { useLocale } from '../../i18n';
import { tenthsText } from './format';
import { scoringMessages } from './messages';
import { useScoringStyles } from './Scoring.styles';
import { usePackets } from './usePackets';

export function Packets(props: { readonly onCollected: () => void }): ReactNode {
  const t = scoringMessages.useT();
  const styles = useScoringStyles();
  const p = usePackets(props.onCollected);
  const file = useRef<HTMLInputElement>(null);
  const opened = p.exportTask.result;
  const received = p.importTask.result;
  return (
    <section className={styles.section} aria-labelledby="score-packets">
      <Subtitle2 as="h3" id="score-packets">
        {t('packets')}
      </Subtitle2>
      <Caption1>{t('packetsHint')}</Caption1>
      {!p.canExport ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('noCreateWorkbook')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button onClick={p.exportAll} disabled={!p.canExport || p.exportTask.status === 'running'}>
          {p.exportTask.status === 'running' ? t('exporting') : t('export')}
        </Button>
        <Button onClick={() => file.current?.click()} disabled={p.importTask.status === 'running'}>
          {p.importTask.status === 'running' ? t('importing') : t('import')}
        </Button>
        <input
          ref={file}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('importLabel')}
          className={styles.fileInput}
          tabIndex={-1}
          onChange={(e) => {
            p.importFiles(Array.from(e.currentTarget.files ?? []));
            e.currentTarget.value = '';
          }}
        />
      </div>
      <TaskProgress task={p.exportTask} label={t('exporting')} />
      <TaskProgress task={p.importTask} label={t('importing')} />
      {opened ? (
        <MessageBar intent={opened.opened.length > 0 ? 'success' : 'info'} layout="multiline">
          <MessageBarBody>
            <span role="status">{opened.opened.length > 0 ? t('exported', { count: opened.opened.length }) : t('exportedNone')}</span>
            <ul className={styles.p}>
              {opened.opened.map((o) => (
                <li key={o.memberId}>{`${o.fileName} (${o.items})`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {received ? <Received outcomes={received} /> : null}
    </section>
  );
}

function Received(props: { readonly outcomes: readonly ReceivedPacket[] }): ReactNode {
  const t = scoringMessages.useT();
  const locale = useLocale();
  const styles = useScoringStyles();
  const written = props.outcomes.reduce((n, o) => n + o.written, 0);
  const show = (v: string | number | null): string => (v === null || v === '' ? t('empty') : typeof v === 'number' ? tenthsText(Math.round(v * 10), locale) : v);
  return (
    <div className={styles.section}>
      <Body1 as="p" role="status" className={styles.p}>
        {t('imported', { files: props.outcomes.length, written })}
      </Body1>
      {props.outcomes.map((o, i) => (
        <div key={`${o.source}-${i}`} className={styles.section}>
          {o.unreadable ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{t('unreadable', { source: o.source })}</MessageBarBody>
            </MessageBar>
          ) : o.refusals.length > 0 ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t('refused', { source: o.source })}
                <ul className={styles.p}>
                  {o.refusals.map((r, k) => (
                    <li key={k}>{describeProblem(locale, r)}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <Body1 as="p" className={styles.p}>
              {t('importedFile', { source: o.source, member: o.memberId ?? '', written: o.written })}
            </Body1>
          )}
          {o.conflicts.length > 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {t('conflicts', { count: o.conflicts.length })}
                <ul className={styles.p}>
                  {o.conflicts.slice(0, 200).map((c, k) => (
                    <li key={k}>
                      {t('conflictLine', { id: c.initiativeId, member: c.memberId, field: c.field, column: c.column, row: c.row, existing: show(c.existing), incoming: show(c.incoming) })}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
      ))}
    </div>
  );
}
