// Problems grouped by code and severity with a count; a group opens to its rows, and a row selects
// its cell in the source sheet (SPEC §3). A group shows a page at a time so thousands stay quick.
import { Badge, Body1, Button, Link } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { describeProblem, message } from '../../../core/messages';
import type { Problem, Severity } from '../../../core/problems';
import { problemAddress } from '../../common';
import { useLocale, useT } from '../../i18n';
import type { ProblemGroup } from './Intake.types';
import { useIntakeStyles } from './Intake.styles';
import { groupProblems } from './logic';
import { intakeMessages, problemGroupMessages } from './messages';

const PAGE = 50;

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface ProblemGroupsProps {
  readonly problems: readonly Problem[];
  readonly onSelect: (sheet: string, address: string) => void;
}

export function ProblemGroups(props: ProblemGroupsProps): ReactNode {
  const t = intakeMessages.useT();
  const styles = useIntakeStyles();
  const groups = useMemo(() => groupProblems(props.problems), [props.problems]);
  if (groups.length === 0) return <Body1>{t('problems.none')}</Body1>;
  return (
    <ul className={styles.list}>
      {groups.map((g) => (
        <Group key={g.key} group={g} onSelect={props.onSelect} />
      ))}
    </ul>
  );
}

function Group(props: { readonly group: ProblemGroup; readonly onSelect: (sheet: string, address: string) => void }): ReactNode {
  const t = intakeMessages.useT();
  const titles = problemGroupMessages.useT();
  const shell = useT();
  const locale = useLocale();
  const styles = useIntakeStyles();
  const panelId = useId();
  const { group } = props;
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const known = group.code in problemGroupMessages.dictionaries.vi;
  // A code this step has no short name for is named by its own sentence, never by the bare code.
  const title = known ? titles(group.code as keyof typeof problemGroupMessages.dictionaries.vi) : message(locale, group.code, group.problems[0]?.params);
  const severity = shell(`severity.${group.severity}`);
  return (
    <li className={styles.item}>
      <Button
        appearance="subtle"
        className={styles.groupHeader}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {/* The count is in the words already; the badge only colours the severity. */}
        <Badge size="small" appearance="tint" color={BADGE_COLOR[group.severity]} aria-hidden>
          {group.problems.length}
        </Badge>
        &nbsp;{t('problems.group', { severity, title, count: group.problems.length })}
      </Button>
      {open ? (
        <div id={panelId} className={styles.groupPanel}>
          <ul className={styles.list}>
            {group.problems.slice(0, shown).map((p, i) => {
              const address = problemAddress(p);
              // The sentence already starts with its place ("Tong hop!C12: …").
              const text = describeProblem(locale, p);
              return (
                <li key={`${i}-${p.row ?? 0}-${p.column ?? ''}`} className={styles.item}>
                  {/* A problem in a file the clerk added has no cell in this workbook to select. */}
                  {address === null || p.file !== undefined ? (
                    <Body1>{text}</Body1>
                  ) : (
                    <Link as="button" className={styles.link} onClick={() => props.onSelect(p.sheet, address)} title={shell('problems.goTo', { address, sheet: p.sheet })}>
                      {text}
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
          {group.problems.length > shown ? (
            <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + PAGE)}>
              {t('more', { count: Math.min(PAGE, group.problems.length - shown) })}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
