// The council's rulings: each flagged (or already ruled) initiative with why it needs a decision,
// a ruling dropdown and a note, saved to "Quyết định".
import { Body1, Button, Caption1, Dropdown, Field, Input, Option, Subtitle2 } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { RULINGS } from '../../../app/decisions';
import { message } from '../../../core/messages';
import { formatHundredths, type Ruling } from '../../../core/ranking';
import { useLocale } from '../../i18n';
import type { RulingDraft } from './Ballot.types';
import { useBallotStyles } from './Ballot.styles';
import { ballotMessages } from './messages';
import type { UseBallot } from './useBallot';

const NONE = '';

export function RulingsSection(props: { readonly state: UseBallot; readonly busy: boolean }): ReactNode {
  const t = ballotMessages.useT();
  const locale = useLocale();
  const styles = useBallotStyles();
  const { state, busy } = props;

  const facts = (d: RulingDraft): string => {
    const c = d.item;
    const parts = [c.rank === null ? t('noRank') : t('rank', { rank: c.rank })];
    if (c.score !== null) parts.push(t('score', { score: formatHundredths(c.score, locale === 'vi' ? ',' : '.') }));
    parts.push(c.walkTier ? t('walkTier', { tier: c.walkTier }) : c.pending ? t('pendingTier') : t('noTier'));
    if (c.ruling !== null) parts.push(t('standingTier', { tier: c.tier ?? c.ruling }));
    return parts.join(' · ');
  };
  const label = (text: string, id: string): { children: ReactNode } => ({
    children: (
      <>
        {text}
        <span className={styles.hidden}> {id}</span>
      </>
    ),
  });

  return (
    <section className={styles.section} aria-labelledby="ballot-rulings">
      <Subtitle2 id="ballot-rulings" as="h3">
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
            {state.rulings.map((d) => (
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
                    value={d.ruling ?? t('noRuling')}
                    selectedOptions={[d.ruling ?? NONE]}
                    onOptionSelect={(_e, data) => state.chooseRuling(d, data.optionValue === NONE || data.optionValue === undefined ? null : (data.optionValue as Ruling))}
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
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={state.saveRulings} disabled={busy || !state.rulingsChanged}>
              {t('saveRulings')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
