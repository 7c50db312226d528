// Step "Biểu quyết": the summary first (lists, members, votes needed, votes entered and passed),
// then the ballot on each proposed person grouped by list and paged, then the council's rulings on
// flags; the save, re-rank and next-step buttons stay in the footer with the count of unsaved votes.
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ProblemList, StepFooter, TaskProgress } from '../../common';
import type { StepProps } from '../types';
import type { BallotNotice, BallotView } from './Ballot.types';
import { useBallotStyles } from './Ballot.styles';
import { ballotMessages } from './messages';
import { RulingsSection } from './RulingsSection';
import { useBallot, type UseBallot } from './useBallot';
import { VotesSection } from './VotesSection';

type T = ReturnType<typeof ballotMessages.useT>;

function noticeText(t: T, n: BallotNotice): { intent: 'success' | 'warning' | 'error'; text: string } {
  switch (n.kind) {
    case 'votesSaved':
      return n.notFound.length > 0
        ? {
            intent: 'warning',
            text: `${t('notice.votesSaved', { written: n.written })} ${t('notice.notFound', { names: n.notFound.join('; ') })}`,
          }
        : { intent: 'success', text: `${t('notice.votesSaved', { written: n.written })} ${t('rerankHint')}` };
    case 'rulingsSaved':
      return {
        intent: 'success',
        text: `${t(n.created ? 'notice.rulingsCreated' : 'notice.rulingsSaved', { written: n.written })} ${t('rerankHint')}`,
      };
    case 'noSheet':
      return { intent: 'error', text: t('notice.noSheet') };
    case 'noHeader':
      return { intent: 'error', text: t('notice.noHeader', { sheet: n.sheet }) };
    case 'invalidVotes':
      return { intent: 'error', text: t('notice.invalidVotes', { count: n.count }) };
    case 'conflicts':
      return { intent: 'warning', text: t('notice.conflicts', { count: n.count }) };
    case 'reranked':
      return { intent: 'success', text: t('notice.reranked', n) };
  }
}

export function Summary(props: {
  readonly ballot: BallotView;
  readonly state: UseBallot;
  readonly busy: boolean;
}): ReactNode {
  const t = ballotMessages.useT();
  const styles = useBallotStyles();
  const { ballot, state } = props;
  const { members, threshold, fraction } = ballot;
  return (
    <section className={styles.section} aria-labelledby="ballot-summary">
      <Subtitle2 id="ballot-summary" as="h3" className={styles.heading}>
        {t('summaryTitle')}
      </Subtitle2>
      <Body1 as="p" className={styles.p}>
        <strong>{t('threshold', { threshold, members, fraction: `${fraction.num}/${fraction.den}` })}</strong>
      </Body1>
      {state.tally ? (
        <>
          <Body1 as="p" className={styles.p}>
            {t('perList', state.tally.perList)}
          </Body1>
          <Body1 as="p" className={styles.p}>
            {t('tally', {
              entered: state.tally.entered,
              total: state.tally.total,
              passed: state.tally.passed,
              failed: state.tally.failed,
            })}
          </Body1>
        </>
      ) : null}
      <div className={styles.actions}>
        <Button size="small" onClick={state.reload} disabled={props.busy}>
          {t('reload')}
        </Button>
      </div>
    </section>
  );
}

export function Ballot(props: StepProps): ReactNode {
  const t = ballotMessages.useT();
  const styles = useBallotStyles();
  const b = useBallot();
  const busy = b.action.status === 'running' || b.load.status === 'running';
  const notice = b.action.result ? noticeText(t, b.action.result) : null;
  const actionLabel = b.stage && b.action.status === 'running' ? t('reranking') : t('saving');
  const unsaved = [
    b.unsavedVotes > 0 ? t('unsavedVotes', { count: b.unsavedVotes }) : null,
    b.unsavedRulings > 0 ? t('unsavedRulings', { count: b.unsavedRulings }) : null,
  ].filter((s): s is string => s !== null);
  const lost = [
    b.orphans.length > 0
      ? t('orphans', {
          count: b.orphans.length,
          names: b.orphans.map((o) => `${o.name} (${o.initiativeId}): ${o.text}`).join('; '),
        })
      : null,
    b.orphanRulings.length > 0
      ? t('orphanRulings', { count: b.orphanRulings.length, ids: b.orphanRulings.join(', ') })
      : null,
  ].filter((s): s is string => s !== null);

  return (
    <div className={styles.root}>
      <TaskProgress task={b.load} label={t('loading')} />
      {b.work && !b.work.ballot ? (
        <section className={styles.section} aria-labelledby="ballot-empty">
          <Subtitle2 id="ballot-empty" as="h3" className={styles.heading}>
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
      {b.work?.ballot ? <Summary ballot={b.work.ballot} state={b} busy={busy} /> : null}
      {b.work?.ballot ? <VotesSection ballot={b.work.ballot} state={b} /> : null}
      {b.work ? <RulingsSection state={b} /> : null}
      {b.work && b.work.problems.length > 0 ? (
        <section className={styles.section} aria-labelledby="ballot-problems">
          <Subtitle2 id="ballot-problems" as="h3" className={styles.heading}>
            {t('problems', { count: b.work.problems.length })}
          </Subtitle2>
          <ProblemList problems={b.work.problems} />
        </section>
      ) : null}
      <StepFooter>
        <TaskProgress task={b.action} label={actionLabel} />
        <div role="status" aria-live="polite">
          {notice ? (
            <MessageBar intent={notice.intent} layout="multiline">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        {b.conflicts > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('conflictsPending', { count: b.conflicts })}</MessageBarBody>
          </MessageBar>
        ) : null}
        {lost.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {lost.join(' ')}{' '}
              <Button size="small" onClick={b.dropOrphans}>
                {t('dropOrphans')}
              </Button>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {unsaved.length > 0 ? (
          <Caption1>
            <strong>{unsaved.join(' · ')}</strong>. {t('unsavedFirst')}
          </Caption1>
        ) : null}
        {b.work ? (
          <div className={styles.actions}>
            {b.work.ballot ? (
              <Button
                appearance={b.votesChanged ? 'primary' : 'secondary'}
                size="small"
                onClick={b.saveVotes}
                disabled={busy || !b.votesChanged}
              >
                {t('saveVotes')}
              </Button>
            ) : null}
            {b.rulings.length > 0 ? (
              <Button
                appearance={b.rulingsChanged ? 'primary' : 'secondary'}
                size="small"
                onClick={b.saveRulings}
                disabled={busy || !b.rulingsChanged}
              >
                {t('saveRulings')}
              </Button>
            ) : null}
            <Button size="small" onClick={b.rerank} disabled={busy || b.votesChanged || b.rulingsChanged}>
              {b.action.status === 'running' && b.stage ? t('reranking') : t('rerank')}
            </Button>
            <Button size="small" onClick={() => props.goTo('reports')}>
              {t('goReports')}
            </Button>
          </div>
        ) : null}
      </StepFooter>
    </div>
  );
}
