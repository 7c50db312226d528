// The members table as the clerk edits it: one collapsible entry per member (the pane is narrow),
// every cell a labelled field, the role a dropdown and the conflict unions a multi-select.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { MEMBER_ROLES } from '../../../core/sheets/members';
import { message } from '../../../core/messages';
import type { MemberRole } from '../../../core/model';
import type { Problem } from '../../../core/problems';
import { useLocale } from '../../i18n';
import { useCouncilStyles } from './Council.styles';
import type { MemberDraft } from './Council.types';
import { messagesFor } from './fieldMessages';
import { councilMessages } from './messages';

export interface MembersEditorProps {
  readonly members: readonly MemberDraft[];
  readonly problems: ReadonlyMap<number, readonly Problem[]>;
  readonly unions: readonly string[];
  readonly hasRegister: boolean;
  readonly openKey: number | null;
  readonly onChange: (key: number, patch: Partial<Omit<MemberDraft, 'key'>>) => void;
  readonly onRemove: (key: number) => void;
}

export function MembersEditor(props: MembersEditorProps): ReactNode {
  const t = councilMessages.useT();
  const styles = useCouncilStyles();
  const [open, setOpen] = useState<number[]>([]);
  const { openKey } = props;
  // A member just added opens at once, so the clerk types straight into it.
  useEffect(() => {
    if (openKey !== null) setOpen((o) => (o.includes(openKey) ? o : [...o, openKey]));
  }, [openKey]);

  if (props.members.length === 0)
    return (
      <Body1 as="p" className={styles.p}>
        {t('members.none')}
      </Body1>
    );
  return (
    <Accordion
      multiple
      collapsible
      openItems={open}
      onToggle={(_e, data) => setOpen(data.openItems.filter((v): v is number => typeof v === 'number'))}
    >
      {props.members.map((m, i) => (
        <AccordionItem key={m.key} value={m.key}>
          <AccordionHeader>
            {m.id || m.name ? `${m.id} — ${m.name || t('member.new')}${m.role ? ` (${m.role})` : ''}` : t('member.new')}
            {(props.problems.get(m.key)?.length ?? 0) > 0 ? ' ⚠' : ''}
          </AccordionHeader>
          <AccordionPanel>
            <MemberFields
              member={m}
              n={i + 1}
              problems={props.problems.get(m.key) ?? []}
              unions={props.unions}
              hasRegister={props.hasRegister}
              onChange={props.onChange}
              onRemove={props.onRemove}
            />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

interface MemberFieldsProps {
  readonly member: MemberDraft;
  readonly n: number;
  readonly problems: readonly Problem[];
  readonly unions: readonly string[];
  readonly hasRegister: boolean;
  readonly onChange: MembersEditorProps['onChange'];
  readonly onRemove: MembersEditorProps['onRemove'];
}

const COLUMN_OF = { id: 'A', name: 'B', position: 'C', unit: 'D', role: 'E', excluded: 'F' } as const;

function MemberFields(props: MemberFieldsProps): ReactNode {
  const t = councilMessages.useT();
  const locale = useLocale();
  const styles = useCouncilStyles();
  const { member: m, onChange } = props;
  const say = (col: keyof typeof COLUMN_OF) =>
    messagesFor(props.problems, COLUMN_OF[col], (p) => message(locale, p.code, p.params));
  const text = (field: 'id' | 'name' | 'position' | 'unit', label: string): ReactNode => {
    const msg = say(field);
    return (
      <Field label={label} {...msg}>
        <Input
          className={styles.fill}
          input={{ className: styles.fill }}
          value={m[field]}
          onChange={(_e, d) => onChange(m.key, { [field]: d.value })}
        />
      </Field>
    );
  };
  const role = say('role');
  const excluded = say('excluded');
  return (
    <div role="group" aria-label={t('member', { n: props.n })} className={styles.group}>
      <div className={styles.row}>
        {text('id', t('id'))}
        {text('name', t('name'))}
        {text('position', t('position'))}
        {text('unit', t('unit'))}
      </div>
      <Field label={t('role')} {...role}>
        <Dropdown
          value={m.role}
          selectedOptions={m.role === '' ? [] : [m.role]}
          onOptionSelect={(_e, d) => onChange(m.key, { role: (d.optionValue ?? '') as MemberRole | '' })}
        >
          {MEMBER_ROLES.map((r) => (
            <Option key={r} value={r}>
              {r}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('excluded')} hint={t('excluded.hint')} {...excluded}>
        <Combobox
          className={styles.fill}
          multiselect
          placeholder={t('excluded.placeholder')}
          // The chosen unions stay readable when the list is closed.
          value={m.excludedUnits.join('; ')}
          selectedOptions={[...m.excludedUnits]}
          onOptionSelect={(_e, d) => onChange(m.key, { excludedUnits: d.selectedOptions })}
        >
          {props.unions.map((u) => (
            <Option key={u} value={u}>
              {u}
            </Option>
          ))}
        </Combobox>
      </Field>
      {!props.hasRegister ? <Caption1>{t('excluded.noUnits')}</Caption1> : null}
      <div>
        <Button onClick={() => props.onRemove(m.key)}>{t('remove', { id: m.id || String(props.n) })}</Button>
      </div>
    </div>
  );
}
