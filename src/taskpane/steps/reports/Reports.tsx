// Step "Báo cáo": each document for the committee with its state, "go to", and regenerate one or all.
import { Badge, Body1, Body1Strong, Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TaskProgress } from '../../common';
import type { StepProps } from '../types';
import { reportsMessages } from './messages';
import { useReportsStyles } from './Reports.styles';
import { useReports } from './useReports';

export function Reports(props: StepProps): ReactNode {
  const t = reportsMessages.useT();
  const styles = useReportsStyles();
  const { reports, hasRegister, task, generate, goTo, downloadTask, download } = useReports();
  const running = task.status === 'running';
  if (!hasRegister) {
    return (
      <div className={styles.root}>
        <Body1 as="p" className={styles.p}>{t('noRegister')}</Body1>
        <div className={styles.actions}>
          <Button onClick={() => props.goTo('intake')}>{t('goTo')}</Button>
        </div>
      </div>
    );
  }
  const none = reports !== null && reports.every((r) => !r.exists);
  return (
    <div className={styles.root}>
      {none ? <Body1 as="p" className={styles.p}>{t('empty')}</Body1> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running} onClick={() => generate()}>
          {running ? t('generating') : t('generateAll')}
        </Button>
      </div>
      <TaskProgress task={task} label={t('generating')} />
      <TaskProgress task={downloadTask} label={t('downloading')} />
      {downloadTask.status === 'done' && downloadTask.result ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('downloaded', { file: downloadTask.result })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {task.status === 'done' && task.result ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t('done', { count: task.result.count })}
            {task.result.kept.map((k) => ` ${t('kept', k)}`).join('')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {reports ? (
        <ul className={styles.list} aria-label={t('listLabel')}>
          {reports.map((r) => (
            <li key={r.role} className={styles.item}>
              <Body1Strong>{r.sheet}</Body1Strong>
              <Caption1>{t(`role.${r.role}`)}</Caption1>
              <div>
                {!r.exists ? (
                  <Badge appearance="outline" color="informative">{t('notYet')}</Badge>
                ) : r.edited ? (
                  <Badge appearance="tint" color="danger">{t('edited')}</Badge>
                ) : r.stale ? (
                  <Badge appearance="tint" color="warning">{t('stale')}</Badge>
                ) : (
                  <Badge appearance="tint" color="success">{t('fresh')}</Badge>
                )}
              </div>
              {r.generatedAt ? <Caption1>{t('generatedAt', { at: r.generatedAt })}</Caption1> : null}
              {r.role === 'stats' && r.exists ? <Caption1>{t('charts')}</Caption1> : null}
              <div className={styles.actions}>
                <Button size="small" disabled={!r.exists} onClick={() => goTo(r.sheet)} aria-label={`${t('goTo')} ${r.sheet}`}>
                  {t('goTo')}
                </Button>
                <Button size="small" disabled={running} onClick={() => generate([r.role])} aria-label={`${t('generate')} ${r.sheet}`}>
                  {t('generate')}
                </Button>
                <Button
                  size="small"
                  disabled={downloadTask.status === 'running'}
                  onClick={() => download(r.role)}
                  aria-label={`${t('download')} ${r.sheet}`}
                >
                  {t('download')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
