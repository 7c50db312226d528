// The council's rulings: each flagged (or already ruled) initiative with why it needs a decision,
// a ruling dropdown and a note, a page at a time; saved to "Quyết định" from the step's footer.
import { Badge, Body1, Button, Caption1, Dropdown, Field, Input, Option, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { RULINGS } from '../../../core/sheets/decisions';
import { message } from '../../../core/messages';
import { formatHundredths, type Ruling } from '../../../core/ranking';
import { useSessionState } from '../../common';
import { useLocale } from '../../i18n';
import type { RulingDraft } from './Ballot.types';
import { useBallotStyles } from './Ballot.styles';
import { pageOf } from './logic';
import { ballotMessages } from './messages';
import { Pager } from './Pager';
import type { UseBallot } from './useBallot';

const NONE = '';

/** Rulings shown per page. */
export const RULINGS_PAGE = 10;

export function RulingsSection(props: { readonly state: UseBallot }): ReactNode {
  const t = ballotMessages.useT();
  const locale = useLocale();
  const styles = useBallotStyles();
  const { state } = props;
  const [page, setPage] = useSessionState('ballot.page.rulings', 0);
  const shown = pageOf(state.rulings, page, RULINGS_PAGE);

  const facts = (d: RulingDraft): string => {
    const c = d.item;
    const parts = [c.rank === null ? t('noRank') : t('rank', { rank: c.rank })];
    if (c.score !== null) parts.push(t('score', { score: formatHundredths(c.score, locale === 'vi' ? ',' : '.') }));
    parts.push(c.walkTier ? t('walkTier', { tier: c.walkTier }) : c.pending ? t('pendingTier') : t('noTier'));
    if (c.ruling !== null) parts.push(t('standingTier', { tier: c.tier ?? c.ruling }));
    return parts.join(' · ');
  };
  const hidden = (id: string): ReactNode => <span className={styles.hidden}> {id}</span>;
  const label = (text: string, id: string): { children: ReactNode } => ({
    children: (
      <>
        {text}
        {hidden(id)}
      </>
    ),
  });
  const named = (ruling: Ruling | null): string => ruling ?? t('noRuling');

  return (
    <section className={styles.section} aria-labelledby="ballot-rulings">
      <Subtitle2 id="ballot-rulings" as="h3" className={styles.heading}>
        {t('decisionsTitle')}
      </Subtitle2>
      {state.rulings.length === 0 ? (
        <Body1 as="p" className={styles.p}>
          {t('noCases')}
        </Body1>
      ) : (
        <>
          <Caption1>{t('decisionsHint')}</Caption1>
          <ul className={styles.list} aria-labelledby="ballot-rulings">
            {shown.items.map((d) => (
              <li key={d.item.initiativeId} className={styles.item}>
                <Body1>
                  <strong>{d.item.initiativeId}</strong> — {d.item.title}
                </Body1>
                <Caption1>{facts(d)}</Caption1>
                {d.item.reasons.map((f) => (
                  <Caption1 key={f.code}>{message(locale, f.code, f.params)}</Caption1>
                ))}
                <Field label={label(t('ruling'), d.item.initiativeId)}>
                  <Dropdown
                    value={named(d.ruling)}
                    selectedOptions={[d.ruling ?? NONE]}
                    onOptionSelect={(_e, data) =>
                      state.chooseRuling(
                        d,
                        data.optionValue === NONE || data.optionValue === undefined
                          ? null
                          : (data.optionValue as Ruling),
                      )
                    }
                  >
                    <Option value={NONE}>{t('noRuling')}</Option>
                    {RULINGS.map((r) => (
                      <Option key={r} value={r}>
                        {r}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                <Field label={label(t('note'), d.item.initiativeId)}>
                  <Input value={d.note} onChange={(_e, data) => state.typeNote(d, data.value)} />
                </Field>
                {d.conflict ? (
                  <>
                    <Badge appearance="filled" color="warning">
                      {t('changedInBook')}
                    </Badge>
                    <Caption1 className={styles.conflict}>
                      {t('conflict.ruling', { sheet: named(d.item.ruling), typed: named(d.ruling) })}
                    </Caption1>
                    <div className={styles.actions}>
                      <Button size="small" onClick={() => state.resolveRuling(d, 'sheet')}>
                        {t('keepSheet', { value: `"${named(d.item.ruling)}"` })}
                        {hidden(d.item.initiativeId)}
                      </Button>
                      <Button size="small" onClick={() => state.resolveRuling(d, 'typed')}>
                        {t('keepTyped', { value: `"${named(d.ruling)}"` })}
                        {hidden(d.item.initiativeId)}
                      </Button>
                    </div>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          {state.rulings.length > RULINGS_PAGE ? <Pager page={shown} go={setPage} top="ballot-rulings" /> : null}
        </>
      )}
    </section>
  );
}
