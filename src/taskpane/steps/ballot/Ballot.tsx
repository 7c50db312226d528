// Step "Biểu quyết": the ballot on each proposed person and the council's rulings on flags, each
// saved to its sheet and applied by ranking again.
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ProblemList, TaskProgress } from '../../common';
import type { StepProps } from '../types';
import type { BallotNotice } from './Ballot.types';
import { useBallotStyles } from './Ballot.styles';
import { ballotMessages } from './messages';
import { RulingsSection } from './RulingsSection';
import { useBallot } from './useBallot';
import { VotesSection } from './VotesSection';

type T = ReturnType<typeof ballotMessages.useT>;

function noticeText(t: T, n: BallotNotice): { intent: 'success' | 'warning' | 'error'; text: string } {
  switch (n.kind) {
    case 'votesSaved':
      return n.notFound.length > 0
        ? { intent: 'warning', text: `${t('notice.votesSaved', { written: n.written })} ${t('notice.notFound', { names: n.notFound.join('; ') })}` }
        : { intent: 'success', text: `${t('notice.votesSaved', { written: n.written })} ${t('rerankHint')}` };
    case 'rulingsSaved':
      return { intent: 'success', text: `${t(n.created ? 'notice.rulingsCreated' : 'notice.rulingsSaved', { written: n.written })} ${t('rerankHint')}` };
    case 'noSheet':
      return { intent: 'error', text: t('notice.noSheet') };
    case 'noHeader':
      return { intent: 'error', text: t('notice.noHeader', { sheet: n.sheet }) };
    case 'invalidVotes':
      return { intent: 'error', text: t('notice.invalidVotes', { count: n.count }) };
    case 'reranked':
      return { intent: 'success', text: t('notice.reranked', n) };
  }
}

export function Ballot(props: StepProps): ReactNode {
  const t = ballotMessages.useT();
  const styles = useBallotStyles();
  const b = useBallot();
  const busy = b.action.status === 'running' || b.load.status === 'running';
  const notice = b.action.result ? noticeText(t, b.action.result) : null;
  const actionLabel = b.stage && b.action.status === 'running' ? t('reranking') : t('saving');

  return (
    <div className={styles.root}>
      <TaskProgress task={b.load} label={t('loading')} />
      {b.work && !b.work.ballot ? (
        <section className={styles.section} aria-labelledby="ballot-empty">
          <Subtitle2 id="ballot-empty" as="h3">
            {t('ballotTitle')}
          </Subtitle2>
          <Body1 as="p" className={styles.p}>
            {t('noBallot')}
          </Body1>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => props.goTo('ranking')}>
              {t('goRanking')}
            </Button>
          </div>
        </section>
      ) : null}
      {b.work?.ballot ? <VotesSection ballot={b.work.ballot} state={b} busy={busy} /> : null}
      {b.work ? <RulingsSection state={b} busy={busy} /> : null}
      {b.work && b.work.problems.length > 0 ? (
        <section className={styles.section} aria-labelledby="ballot-problems">
          <Subtitle2 id="ballot-problems" as="h3">
            {t('problems', { count: b.work.problems.length })}
          </Subtitle2>
          <ProblemList problems={b.work.problems} />
        </section>
      ) : null}
      <div className={styles.footer}>
        <TaskProgress task={b.action} label={actionLabel} />
        <div role="status" aria-live="polite">
          {notice ? (
            <MessageBar intent={notice.intent} layout="multiline">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        {b.work && (b.votesChanged || b.rulingsChanged) ? <Caption1>{t('unsavedFirst')}</Caption1> : null}
        {b.work ? (
          <div className={styles.actions}>
            <Button appearance={b.work.ballot ? 'primary' : 'secondary'} onClick={b.rerank} disabled={busy || b.votesChanged || b.rulingsChanged}>
              {b.action.status === 'running' && b.stage ? t('reranking') : t('rerank')}
            </Button>
            <Button onClick={b.reload} disabled={busy}>
              {t('reload')}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
