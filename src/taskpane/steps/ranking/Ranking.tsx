// Step "Xếp hạng": one button with progress, the summary, and the decisions the council must make.
import { Badge, Body1, Button, Caption1, Link, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ProblemList, TaskProgress } from '../../common';
import type { StepProps } from '../types';
import { rankingMessages } from './messages';
import { useRankingStyles } from './Ranking.styles';
import { useRanking } from './useRanking';

export function Ranking(props: StepProps): ReactNode {
  const t = rankingMessages.useT();
  const styles = useRankingStyles();
  const { status, stage, summary, task, run, select } = useRanking();
  const running = task.status === 'running';

  return (
    <div className={styles.root}>
      {status?.stale && status.hasResults ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Badge color="warning" appearance="filled">
              !
            </Badge>{' '}
            {t('stale')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {status && !status.hasRegister ? (
        <>
          <Body1 as="p" className={styles.p}>{t('noRegister')}</Body1>
          <div className={styles.actions}>
            <Button onClick={() => props.goTo('intake')}>{t('goIntake')}</Button>
          </div>
        </>
      ) : null}
      {status && status.hasRegister && !status.hasResults && !summary ? <Body1 as="p" className={styles.p}>{t('never')}</Body1> : null}
      {status && status.hasResults && !status.stale && !summary ? (
        <Body1 as="p" className={styles.p}>
          {status.computedAt ? `${t('fresh')} ${t('computedAt', { at: status.computedAt })}. ${t('resultsInSheets')}` : t('fresh')}
        </Body1>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={run} disabled={running}>
          {running ? t('running') : t('run')}
        </Button>
      </div>
      <TaskProgress task={task} label={stage ? t(`stage.${stage}`) : t('running')} />
      {summary ? (
        <>
          <section className={styles.section} aria-labelledby="rank-summary">
            <Subtitle2 id="rank-summary" as="h3">
              {t('summary')}
            </Subtitle2>
            <Caption1>{t('computedAt', { at: summary.computedAt })}</Caption1>
            <Body1 as="p" className={styles.p}>
              {t('counts', { registered: summary.counts.registered, duplicates: summary.counts.duplicates, complete: summary.counts.complete, incomplete: summary.counts.incomplete, passed: summary.counts.passed })}
            </Body1>
            <Body1 as="p" className={styles.p}>
              {t('tiers', { nhat: summary.counts.perTier['Nhất'], nhi: summary.counts.perTier['Nhì'], ba: summary.counts.perTier['Ba'], kk: summary.counts.perTier['Khuyến khích'] })}
            </Body1>
            <Body1 as="p" className={styles.p}>
              {t('lists', summary.lists)}
            </Body1>
          </section>
          {summary.kept.map((k) => (
            <MessageBar key={k.keptAs} intent="info" layout="multiline">
              <MessageBarBody>{t('kept', k)}</MessageBarBody>
            </MessageBar>
          ))}
          <section className={styles.section} aria-labelledby="rank-decisions">
            <Subtitle2 id="rank-decisions" as="h3">
              {t('decisions', { count: summary.decisions.length })}
            </Subtitle2>
            {summary.decisions.length === 0 ? (
              <Body1 as="p" className={styles.p}>{t('noDecisions')}</Body1>
            ) : (
              <>
                <Caption1>{t('decisionsHint')}</Caption1>
                <ul className={styles.list}>
                  {summary.decisions.slice(0, 200).map((d) => (
                    <li key={d.key} className={styles.item}>
                      {d.target ? (
                        <Link as="button" onClick={() => select(d)}>
                          {d.initiativeId ? `${d.initiativeId} — ${d.title}` : d.text}
                        </Link>
                      ) : (
                        <Body1>{d.initiativeId ? `${d.initiativeId} — ${d.title}` : d.text}</Body1>
                      )}
                      {d.initiativeId ? <Caption1>{d.text}</Caption1> : null}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <div className={styles.actions}>
            <Button onClick={() => props.goTo('ballot')}>{t('goBallot')}</Button>
            <Button onClick={() => props.goTo('reports')}>{t('goReports')}</Button>
          </div>
          {summary.problems.length > 0 ? (
            <section className={styles.section} aria-labelledby="rank-problems">
              <Subtitle2 id="rank-problems" as="h3">
                {t('problems', { count: summary.problems.length })}
              </Subtitle2>
              <ProblemList problems={summary.problems} />
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
