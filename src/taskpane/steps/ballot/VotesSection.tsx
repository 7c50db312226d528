// The ballot: the threshold, then each proposed person with a labelled yes-votes box and, once
// a vote is saved, whether the proposal passed.
import { Badge, Body1, Button, Caption1, Field, Input, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { BallotView } from '../../../app/ballot';
import type { VoteDraft } from './Ballot.types';
import { useBallotStyles } from './Ballot.styles';
import { ballotMessages } from './messages';
import type { UseBallot } from './useBallot';

export function VotesSection(props: { readonly ballot: BallotView; readonly state: UseBallot; readonly busy: boolean }): ReactNode {
  const t = ballotMessages.useT();
  const styles = useBallotStyles();
  const { ballot, state, busy } = props;
  const { members, threshold, fraction } = ballot;
  const tally = state.tally;

  const error = (d: VoteDraft): string | null => (d.parsed.ok ? null : t(d.parsed.reason === 'tooMany' ? 'tooMany' : 'notWhole', { members }));

  return (
    <section className={styles.section} aria-labelledby="ballot-votes">
      <Subtitle2 id="ballot-votes" as="h3">
        {t('ballotTitle')}
      </Subtitle2>
      <Body1 as="p" className={styles.p}>
        <strong>{t('threshold', { threshold, members, fraction: `${fraction.num}/${fraction.den}` })}</strong>
      </Body1>
      {tally ? <Caption1>{t('tally', { ...tally })}</Caption1> : null}
      {ballot.rows.length === 0 ? (
        <Body1 as="p" className={styles.p}>
          {t('noProposals')}
        </Body1>
      ) : (
        <>
          <Caption1>{t('votesHint', { members })}</Caption1>
          <ul className={styles.list} aria-labelledby="ballot-votes">
            {state.votes.map((d) => (
              <li key={d.row.row} className={styles.item}>
                <Body1>
                  <strong>{d.row.name}</strong>
                </Body1>
                <Caption1>
                  {[
                    d.row.workplace,
                    t('id', { id: d.row.initiativeId }),
                    d.row.lists.length > 0 ? t('lists', { lists: d.row.lists.map((l) => t(`list.${l}`)).join(', ') }) : t('noLongerProposed'),
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
                          <span className={styles.hidden}> ({d.row.name})</span>
                        </>
                      ),
                    }}
                    validationState={d.parsed.ok ? 'none' : 'error'}
                    validationMessage={error(d)}
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
                  {d.changed ? (
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
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={state.saveVotes} disabled={busy || !state.votesChanged}>
              {t('saveVotes')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
