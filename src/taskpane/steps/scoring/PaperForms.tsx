// "Phiếu chấm giấy": the paper score forms, one A4 form per member, downloaded as a Word file built
// in the pane or written as the "Phiếu chấm" sheet (a copy edited by hand is kept under a new name).
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useCallback, type ReactNode } from 'react';
import { paperForms, writePaperForms, type FormsWritten } from '../../../app/documents';
import { downloadDocx, TaskProgress, useTask } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import { scoringMessages } from './messages';
import { useScoringStyles } from './Scoring.styles';

export function PaperForms(): ReactNode {
  const t = scoringMessages.useT();
  const styles = useScoringStyles();
  const port = useWorkbookPort();
  const locale = useLocale();
  const downloadTask = useTask<{ file: string; count: number } | null>();
  const writeTask = useTask<FormsWritten>();

  const startDownload = downloadTask.start;
  const download = useCallback(() => {
    if (!port) return;
    void startDownload(async () => {
      const { documents } = await paperForms(port);
      if (documents.length === 0) return null;
      return { file: await downloadDocx(documents, documents[0]!.spec.name), count: documents.length };
    });
  }, [port, startDownload]);

  const startWrite = writeTask.start;
  const write = useCallback(() => {
    if (!port) return;
    void startWrite(() => writePaperForms(port, locale));
  }, [port, locale, startWrite]);

  const goTo = useCallback(
    (sheet: string | null) => {
      if (port && sheet) port.select(sheet, 'A1').catch(() => undefined);
    },
    [port],
  );

  const written = writeTask.result;
  const none =
    (downloadTask.status === 'done' && downloadTask.result === null) || (written !== null && written.sheet === null);
  return (
    <section className={styles.section} aria-labelledby="score-paper">
      <Subtitle2 as="h3" id="score-paper">
        {t('paper')}
      </Subtitle2>
      <Caption1>{t('paperHint')}</Caption1>
      <div className={styles.actions}>
        <Button onClick={download} disabled={downloadTask.status === 'running'}>
          {downloadTask.status === 'running' ? t('paperDownloading') : t('paperDownload')}
        </Button>
        <Button onClick={write} disabled={writeTask.status === 'running'}>
          {writeTask.status === 'running' ? t('paperWriting') : t('paperWrite')}
        </Button>
        {written?.sheet ? <Button onClick={() => goTo(written.sheet)}>{t('paperGoTo')}</Button> : null}
      </div>
      <TaskProgress task={downloadTask} label={t('paperDownloading')} />
      <TaskProgress task={writeTask} label={t('paperWriting')} />
      {none ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('paperNone')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {downloadTask.status === 'done' && downloadTask.result ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <span role="status">{t('paperDownloaded', downloadTask.result)}</span>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {written?.sheet ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <span role="status">{t('paperWritten', { sheet: written.sheet, count: written.forms.forms.length })}</span>
            {written.kept.map((k) => ` ${t('paperKept', { sheet: k.sheet, keptAs: k.keptAs })}`).join('')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
