// The column mapping: for each register field, the column intake took and how sure it is, with a
// dropdown to pick another column or none. A change reads the register again at once.
import { Body1, Button, Field, Select } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import type { MappingOverrides } from '../../../app/import';
import type { IntakeResult, RegisterField } from '../../../core/intake';
import type { MappingRow, MappingSource } from './Intake.types';
import { useIntakeStyles } from './Intake.styles';
import { columnOptions, mappingRows } from './logic';
import { intakeMessages } from './messages';

export interface MappingEditorProps {
  readonly result: IntakeResult;
  readonly corrections: MappingOverrides;
  readonly source: MappingSource;
  readonly disabled: boolean;
  readonly onCorrect: (field: RegisterField, column: number | null) => void;
  readonly onReset: () => void;
}

const NONE = 'none';

export function MappingEditor(props: MappingEditorProps): ReactNode {
  const t = intakeMessages.useT();
  const styles = useIntakeStyles();
  const rows = useMemo(() => mappingRows(props.result, props.corrections), [props.result, props.corrections]);
  const options = useMemo(() => columnOptions(props.result.mapping.headers), [props.result.mapping.headers]);

  const hint = (row: MappingRow): { state: 'error' | 'warning' | 'none'; text: string } => {
    const percent = row.confidence === null ? 0 : Math.round(row.confidence * 100);
    const letter = row.letter ?? '';
    if (row.sharedWith !== null) return { state: 'warning', text: t('mapping.shared', { letter, other: t(`field.${row.sharedWith}`) }) };
    switch (row.certainty) {
      case 'required':
        return { state: 'error', text: t('mapping.required') };
      case 'absent':
        return { state: 'none', text: t('mapping.absent') };
      case 'corrected':
        return { state: 'none', text: t('mapping.corrected', { letter }) };
      case 'unsure':
        return { state: 'warning', text: t('mapping.unsure', { letter, percent }) };
      case 'likely':
        return { state: 'none', text: t('mapping.likely', { letter, percent }) };
      case 'sure':
        return { state: 'none', text: t('mapping.sure', { letter, percent }) };
    }
  };

  return (
    // Busy rather than disabled while the register is read again, so focus stays on the dropdown just used.
    <div className={styles.mapping} aria-busy={props.disabled}>
      <Body1 as="p" className={styles.p}>
        {t('mapping.hint')}
      </Body1>
      {props.source === 'remembered' ? <Body1 as="p" className={styles.p}>{t('mapping.remembered')}</Body1> : null}
      {props.source === 'edited' ? <Body1 as="p" className={styles.p}>{t('mapping.edited')}</Body1> : null}
      {rows.map((row) => {
        const h = hint(row);
        const field = { label: t(`field.${row.field}`), size: 'small' as const };
        const select = (
          <Select
            size="small"
            value={row.column === null ? NONE : String(row.column)}
            onChange={(_e, data) => props.onCorrect(row.field, data.value === NONE ? null : Number(data.value))}
          >
            <option value={NONE}>{t('mapping.none')}</option>
            {options.map((o) => (
              <option key={o.index} value={String(o.index)}>
                {t('mapping.option', { letter: o.letter, header: o.header === '' ? t('mapping.blank') : o.header })}
              </option>
            ))}
          </Select>
        );
        return h.state === 'none' ? (
          <Field key={row.field} {...field} hint={h.text}>
            {select}
          </Field>
        ) : (
          <Field key={row.field} {...field} validationState={h.state} validationMessage={h.text}>
            {select}
          </Field>
        );
      })}
      {props.source !== 'recognised' ? (
        <div className={styles.actions}>
          <Button size="small" onClick={props.onReset} disabled={props.disabled}>
            {t('mapping.reset')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
