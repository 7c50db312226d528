// Cells typed in a legacy encoding (TCVN3, VNI) and what they become, shown before anything is
// written so no conversion is silent (SPEC §3). A cell selects itself in the source sheet.
import { Body1, Button, Link } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { sourceLabel, type Conversion } from '../../../core/intake';
import { useIntakeStyles } from './Intake.styles';
import { intakeMessages } from './messages';

const PAGE = 50;

export interface ConversionListProps {
  readonly sheet: string;
  readonly conversions: readonly Conversion[];
  readonly onSelect: (sheet: string, address: string) => void;
}

export function ConversionList(props: ConversionListProps): ReactNode {
  const t = intakeMessages.useT();
  const styles = useIntakeStyles();
  const [shown, setShown] = useState(PAGE);
  const { conversions, sheet } = props;
  return (
    <div className={styles.section}>
      <Body1 as="p" className={styles.p}>
        {t('conversions.hint')}
      </Body1>
      <ul className={styles.list}>
        {conversions.slice(0, shown).map((c) => {
          const cell = `${c.column}${c.row}`;
          // With several sources each conversion names its sheet (and file); a file's cells cannot be selected.
          const address = c.sheet === undefined ? cell : `${sourceLabel(c.file, c.sheet)}!${cell}`;
          const text = t('conversions.item', { address, encoding: c.encoding === 'tcvn3' ? 'TCVN3' : 'VNI', from: c.from, to: c.to });
          const at = c.sheet ?? sheet;
          return (
            <li key={address} className={styles.item}>
              {c.file === undefined ? (
                <Link as="button" className={styles.link} onClick={() => props.onSelect(at, cell)} title={t('conversions.goTo', { address: cell, sheet: at })}>
                  {text}
                </Link>
              ) : (
                <Body1>{text}</Body1>
              )}
            </li>
          );
        })}
      </ul>
      {conversions.length > shown ? (
        <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + PAGE)}>
          {t('more', { count: Math.min(PAGE, conversions.length - shown) })}
        </Button>
      ) : null}
    </div>
  );
}
