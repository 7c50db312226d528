// Step "Hội đồng": create the council and rules sheets on first use, edit the members (roles and
// conflict unions) and every rule of "Cấu hình", see the sheets' problems and click to their cells.
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useId, useMemo, type ReactNode } from 'react';
import { message } from '../../../core/messages';
import { ProblemList, TaskProgress } from '../../common';
import { useLocale } from '../../i18n';
import type { StepProps } from '../types';
import { useCouncilStyles } from './Council.styles';
import { unionOptions } from './logic';
import { MembersEditor } from './MembersEditor';
import { councilMessages } from './messages';
import { RulesEditor } from './RulesEditor';
import { useCouncil } from './useCouncil';

export function Council(props: StepProps): ReactNode {
  const t = councilMessages.useT();
  const locale = useLocale();
  const styles = useCouncilStyles();
  const c = useCouncil();
  const ids = { members: useId(), rules: useId(), problems: useId() };
  const snap = c.snapshot;
  const units = snap?.units;
  // Sorted once per change of members or register, not on every keystroke elsewhere.
  const unions = useMemo(() => unionOptions(units ?? [], c.members), [units, c.members]);

  if (!snap) {
    return (
      <div className={styles.root}>
        {c.loading.status === 'failed' ? (
          <>
            <TaskProgress task={c.loading} />
            <div className={styles.actions}>
              <Button onClick={c.reload}>{t('reload')}</Button>
            </div>
          </>
        ) : (
          <Spinner size="small" label={t('loading')} />
        )}
      </div>
    );
  }

  const missing = [
    !snap.hasCouncil ? `"${snap.councilSheet}"` : null,
    !snap.hasConfig ? `"${snap.configSheet}"` : null,
  ].filter((s): s is string => s !== null);
  const created = c.creating.result;
  const busy =
    c.savingMembers.status === 'running' || c.savingRules.status === 'running' || c.creating.status === 'running';

  return (
    <div className={styles.root}>
      {missing.length > 0 ? (
        <section className={styles.section}>
          <Body1 as="p" className={styles.p}>
            {t('missing', { sheets: missing.join(', ') })}
          </Body1>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={c.create} disabled={busy}>
              {c.creating.status === 'running' ? t('creating') : t('create')}
            </Button>
          </div>
          <TaskProgress task={c.creating} label={t('creating')} />
        </section>
      ) : null}
      {created && created.length > 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('created', { sheets: created.map((s) => t(`created.${s}`)).join('; ') })}</MessageBarBody>
        </MessageBar>
      ) : null}

      <section className={styles.section} aria-labelledby={ids.members}>
        <Subtitle2 as="h3" id={ids.members}>
          {t('members', { count: c.members.length })}
        </Subtitle2>
        <Caption1>{t('members.hint')}</Caption1>
        <MembersEditor
          members={c.members}
          problems={c.membersCheck.byRow}
          unions={unions}
          hasRegister={snap.units.length > 0}
          openKey={c.addedMember}
          onChange={c.updateMember}
          onRemove={c.removeMember}
        />
        {c.membersDirty && c.membersCheck.general.length > 0 ? (
          <ul className={styles.list}>
            {c.membersCheck.general.map((p) => (
              <li key={p.code}>
                <Caption1>{message(locale, p.code, p.params)}</Caption1>
              </li>
            ))}
          </ul>
        ) : null}
        {c.membersDirty && c.membersCheck.errors > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t('draftErrors', { count: c.membersCheck.errors })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button onClick={c.addMember} disabled={busy}>
            {t('add')}
          </Button>
          <Button
            appearance="primary"
            onClick={c.saveMembersNow}
            disabled={busy || !c.membersDirty || c.membersCheck.errors > 0}
          >
            {c.savingMembers.status === 'running' ? t('savingMembers') : t('saveMembers')}
          </Button>
          {c.membersDirty ? <Button onClick={c.resetMembers}>{t('reset')}</Button> : null}
        </div>
        <TaskProgress task={c.savingMembers} label={t('savingMembers')} />
        {c.savingMembers.status === 'done' && !c.membersDirty ? (
          <MessageBar intent="success">
            <MessageBarBody>
              {t('savedMembers', { count: c.savingMembers.result ?? 0, sheet: snap.councilSheet })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby={ids.rules}>
        <Subtitle2 as="h3" id={ids.rules}>
          {t('rules')}
        </Subtitle2>
        <Caption1>{t('rules.hint')}</Caption1>
        <RulesEditor
          draft={c.rules}
          check={c.rulesCheck}
          onRule={c.setRule}
          onCriterion={c.updateCriterion}
          onAddCriterion={c.addCriterion}
          onRemoveCriterion={c.removeCriterion}
        />
        {c.rulesDirty && c.rulesCheck.general.length > 0 ? (
          <ul className={styles.list}>
            {c.rulesCheck.general.map((p) => (
              <li key={p.code}>
                <Caption1>{message(locale, p.code, p.params)}</Caption1>
              </li>
            ))}
          </ul>
        ) : null}
        {c.rulesDirty && c.rulesCheck.errors > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t('draftErrors', { count: c.rulesCheck.errors })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            onClick={c.saveRulesNow}
            disabled={busy || !c.rulesDirty || c.rulesCheck.errors > 0}
          >
            {c.savingRules.status === 'running' ? t('savingRules') : t('saveRules')}
          </Button>
          {c.rulesDirty ? <Button onClick={c.resetRules}>{t('reset')}</Button> : null}
        </div>
        <TaskProgress task={c.savingRules} label={t('savingRules')} />
        {c.savingRules.status === 'done' && !c.rulesDirty ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('savedRules', { sheet: snap.configSheet })}</MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby={ids.problems}>
        <Subtitle2 as="h3" id={ids.problems}>
          {t('sheetProblems', { count: snap.problems.length })}
        </Subtitle2>
        {snap.problems.length === 0 ? (
          <Body1 as="p" className={styles.p}>
            {t('noProblems')}
          </Body1>
        ) : (
          <>
            <Caption1>{t('sheetProblems.hint')}</Caption1>
            <ProblemList problems={snap.problems} />
          </>
        )}
        <div className={styles.actions}>
          <Button onClick={c.reload} disabled={busy || c.loading.status === 'running'}>
            {t('reload')}
          </Button>
          <Button onClick={() => props.goTo('assignment')}>{t('goAssignment')}</Button>
        </div>
      </section>
    </div>
  );
}
