// "Cấu hình" as a form: the rubric (add/remove criteria) and every rule in sections, each field
// labelled with the note the sheet carries for it, its problems shown on the field itself.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  Select,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { message } from '../../../core/messages';
import type { Problem } from '../../../core/problems';
import { useLocale } from '../../i18n';
import { useCouncilStyles } from './Council.styles';
import type { CriterionDraft, DraftCheck, RulesDraftText } from './Council.types';
import { messagesFor } from './fieldMessages';
import { CHOICES, keysBySection, noteOf, RULE_SECTIONS } from './logic';
import { councilMessages } from './messages';

export interface RulesEditorProps {
  readonly draft: RulesDraftText;
  readonly check: DraftCheck;
  readonly onRule: (key: string, value: string) => void;
  readonly onCriterion: (key: number, patch: Partial<Omit<CriterionDraft, 'key'>>) => void;
  readonly onAddCriterion: () => void;
  readonly onRemoveCriterion: (key: number) => void;
}

const SECTIONS = keysBySection();

export function RulesEditor(props: RulesEditorProps): ReactNode {
  const t = councilMessages.useT();
  const locale = useLocale();
  const styles = useCouncilStyles();
  const say = (p: Problem): string => message(locale, p.code, p.params);
  const { draft, check } = props;
  const rubricErrors = draft.rubric.some((c) => (check.byRow.get(c.key)?.length ?? 0) > 0);

  return (
    <Accordion multiple collapsible defaultOpenItems={['rubric']}>
      <AccordionItem value="rubric">
        <AccordionHeader>
          {t('rubric', { count: draft.rubric.length })}
          {rubricErrors ? ' ⚠' : ''}
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.section}>
            {draft.rubric.map((c, i) => {
              const problems = check.byRow.get(c.key) ?? [];
              const code = messagesFor(problems, 'A', say);
              const max = messagesFor(problems, 'C', say);
              const weight = messagesFor(problems, 'D', say);
              return (
                <div key={c.key} role="group" aria-label={t('criterion', { n: i + 1 })} className={styles.criterion}>
                  <div className={styles.row}>
                    <Field label={t('code')} {...code}>
                      <Input
                        className={styles.fill}
                        input={{ className: styles.fill }}
                        value={c.code}
                        onChange={(_e, d) => props.onCriterion(c.key, { code: d.value })}
                      />
                    </Field>
                    <Field label={t('max')} {...max}>
                      <Input
                        className={styles.fill}
                        input={{ className: styles.fill }}
                        inputMode="decimal"
                        value={c.max}
                        onChange={(_e, d) => props.onCriterion(c.key, { max: d.value })}
                      />
                    </Field>
                  </div>
                  <Field label={t('criterionName')}>
                    <Input
                      className={styles.fill}
                      input={{ className: styles.fill }}
                      value={c.name}
                      onChange={(_e, d) => props.onCriterion(c.key, { name: d.value })}
                    />
                  </Field>
                  <div className={styles.row}>
                    <Field label={t('weight')} {...weight}>
                      <Input
                        className={styles.fill}
                        input={{ className: styles.fill }}
                        value={c.weight}
                        onChange={(_e, d) => props.onCriterion(c.key, { weight: d.value })}
                      />
                    </Field>
                    <div className={styles.end}>
                      <Button onClick={() => props.onRemoveCriterion(c.key)}>
                        {t('removeCriterion', { n: i + 1 })}
                      </Button>
                    </div>
                  </div>
                </div>
              );
            })}
            <div className={styles.actions}>
              <Button onClick={props.onAddCriterion}>{t('addCriterion')}</Button>
            </div>
          </div>
        </AccordionPanel>
      </AccordionItem>
      {RULE_SECTIONS.map((s) => {
        const keys = SECTIONS.get(s) ?? [];
        if (keys.length === 0) return null;
        const flagged = keys.some((k) => (check.byKey.get(k)?.length ?? 0) > 0);
        return (
          <AccordionItem key={s} value={s}>
            <AccordionHeader>
              {t(`section.${s}`)}
              {flagged ? ' ⚠' : ''}
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.section}>
                {keys.map((k) => (
                  <RuleField
                    key={k}
                    ruleKey={k}
                    value={draft.values[k] ?? ''}
                    problems={check.byKey.get(k) ?? []}
                    onRule={props.onRule}
                    say={say}
                  />
                ))}
              </div>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

interface RuleFieldProps {
  readonly ruleKey: string;
  readonly value: string;
  readonly problems: readonly Problem[];
  readonly onRule: (key: string, value: string) => void;
  readonly say: (p: Problem) => string;
}

function RuleField(props: RuleFieldProps): ReactNode {
  const t = councilMessages.useT();
  const locale = useLocale();
  const styles = useCouncilStyles();
  const { ruleKey: k, value } = props;
  const msg = messagesFor(props.problems, null, props.say);
  const choices = CHOICES[k];
  const hint = <Caption1 className={styles.key}>{k}</Caption1>;
  return (
    <Field label={noteOf(k, locale)} hint={hint} {...msg}>
      {choices ? (
        <Select value={value} onChange={(_e, d) => props.onRule(k, d.value)}>
          {choices.includes(value) ? null : <option value={value}>{value}</option>}
          {choices.map((c) => (
            <option key={c} value={c}>
              {t(`choice.${c}` as Parameters<typeof t>[0])}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          className={styles.fill}
          input={{ className: styles.fill }}
          value={value}
          onChange={(_e, d) => props.onRule(k, d.value)}
        />
      )}
    </Field>
  );
}
