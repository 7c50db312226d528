// The ballot: the proposed persons grouped by list (Tổng Liên đoàn, phóng sự, UBND tỉnh), a page at
// a time, each with a labelled yes-votes box and, once a vote is saved, whether the proposal passed.
import { Badge, Body1, Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { BallotView } from '../../../app/ballot';
import { useSessionState } from '../../common';
import type { VoteDraft } from './Ballot.types';
import { useBallotStyles } from './Ballot.styles';
import { groupProposals, pageOf, type ProposalGroup } from './logic';
import { ballotMessages } from './messages';
import { Pager } from './Pager';
import type { UseBallot } from './useBallot';

/** Persons shown per group and page. */
export const VOTES_PAGE = 10;

type T = ReturnType<typeof ballotMessages.useT>;

function VoteItem(props: {
  readonly d: VoteDraft;
  readonly members: number;
  readonly state: UseBallot;
  readonly t: T;
}): ReactNode {
  const { d, members, state, t } = props;
  const styles = useBallotStyles();
  const error = d.parsed.ok ? null : t(d.parsed.reason === 'tooMany' ? 'tooMany' : 'notWhole', { members });
  const shown = (v: number | null | string): string => (v === null || v === '' ? t('empty') : String(v));
  const who = <span className={styles.hidden}> ({d.row.name})</span>;
  return (
    <li className={styles.item}>
      <Body1>
        <strong>{d.row.name}</strong>
      </Body1>
      <Caption1>
        {[
          d.row.workplace,
          t('id', { id: d.row.initiativeId }),
          d.row.lists.length > 0
            ? t('lists', { lists: d.row.lists.map((l) => t(`list.${l}`)).join(', ') })
            : t('noLongerProposed'),
        ]
          .filter((s) => s !== '')
          .join(' · ')}
      </Caption1>
      <div className={styles.line}>
        <Field
          className={styles.votes}
          label={{
            children: (
              <>
                {t('votes')}
                {who}
              </>
            ),
          }}
          validationState={d.parsed.ok ? 'none' : 'error'}
          validationMessage={error}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={0}
            max={members}
            step={1}
            value={d.text}
            onChange={(_e, data) => state.typeVotes(d, data.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') state.saveVotes();
            }}
          />
        </Field>
        {d.conflict ? (
          <Badge appearance="filled" color="warning">
            {t('changedInBook')}
          </Badge>
        ) : d.changed ? (
          <Badge appearance="outline" color="informative">
            {t('unsaved')}
          </Badge>
        ) : d.row.outcome === 'passed' ? (
          <Badge appearance="tint" color="success">
            {t('passed')}
          </Badge>
        ) : d.row.outcome === 'failed' ? (
          <Badge appearance="tint" color="danger">
            {t('failed')}
          </Badge>
        ) : null}
      </div>
      {d.conflict ? (
        <>
          <Caption1 className={styles.conflict}>
            {t('conflict.vote', { sheet: shown(d.row.yes), typed: shown(d.text.trim()) })}
          </Caption1>
          <div className={styles.actions}>
            <Button size="small" onClick={() => state.resolveVote(d, 'sheet')}>
              {t('keepSheet', { value: shown(d.row.yes) })}
              {who}
            </Button>
            <Button size="small" onClick={() => state.resolveVote(d, 'typed')}>
              {t('keepTyped', { value: shown(d.text.trim()) })}
              {who}
            </Button>
          </div>
        </>
      ) : null}
    </li>
  );
}

function Group(props: {
  readonly group: ProposalGroup;
  readonly members: number;
  readonly state: UseBallot;
  readonly t: T;
}): ReactNode {
  const { group, t } = props;
  const styles = useBallotStyles();
  const [page, setPage] = useSessionState(`ballot.page.${group.key}`, 0);
  const shown = pageOf(group.items, page, VOTES_PAGE);
  const id = `ballot-group-${group.key}`;
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Body1 as="h4" id={id} className={styles.groupHead}>
        {t(`group.${group.key}`, { count: group.items.length })}
      </Body1>
      <ul className={styles.list} aria-labelledby={id}>
        {shown.items.map((d) => (
          <VoteItem key={d.row.row} d={d} members={props.members} state={props.state} t={t} />
        ))}
      </ul>
      {group.items.length > VOTES_PAGE ? <Pager page={shown} go={setPage} top={id} /> : null}
    </section>
  );
}

export function VotesSection(props: { readonly ballot: BallotView; readonly state: UseBallot }): ReactNode {
  const t = ballotMessages.useT();
  const styles = useBallotStyles();
  const { ballot, state } = props;
  const groups = groupProposals(state.votes);
  return (
    <section className={styles.section} aria-labelledby="ballot-votes">
      <Subtitle2 id="ballot-votes" as="h3" className={styles.heading}>
        {t('ballotTitle')}
      </Subtitle2>
      {ballot.rows.length === 0 ? (
        <Body1 as="p" className={styles.p}>
          {t('noProposals')}
        </Body1>
      ) : (
        <>
          <Caption1>{t('votesHint', { members: ballot.members })}</Caption1>
          {groups.length > 1 ? <Caption1>{t('groupsHint')}</Caption1> : null}
          {groups.map((g) => (
            <Group key={g.key} group={g} members={ballot.members} state={state} t={t} />
          ))}
        </>
      )}
    </section>
  );
}
