// Every problem a reader found, in a clerk's words, each naming its cell; clicking one selects
// that cell in the workbook (SPEC §3). Long lists show a page at a time so a register with
// thousands of problems stays responsive.
import { Badge, Body1, Button, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { describeProblem } from '../../core/messages';
import type { Problem, Severity } from '../../core/problems';
import { useWorkbookPort } from '../host/HostContext';
import { useLocale, useT } from '../i18n';

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  /** Problems shown before "show more"; 100 by default. */
  readonly pageSize?: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, marginTop: '2px' },
  text: { textAlign: 'left' },
});

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** The address a problem points at: its cell, or its whole row when no column is named; null for a whole sheet. */
export function problemAddress(p: Problem): string | null {
  if (p.row === null) return null;
  return p.column === null ? `${p.row}:${p.row}` : `${p.column}${p.row}`;
}

export function ProblemList(props: ProblemListProps): ReactNode {
  const t = useT();
  const locale = useLocale();
  const styles = useStyles();
  const port = useWorkbookPort();
  const pageSize = props.pageSize ?? 100;
  const [shown, setShown] = useState(pageSize);
  const { problems } = props;

  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const p of problems) c[p.severity]++;
    return c;
  }, [problems]);

  const select = useCallback(
    (p: Problem) => {
      const address = problemAddress(p);
      // Selecting is a convenience: if the sheet has gone, the list itself still says where to look.
      if (port !== null && address !== null) port.select(p.sheet, address).catch(() => undefined);
    },
    [port],
  );

  if (problems.length === 0) return <Body1>{t('problems.none')}</Body1>;
  const visible = problems.slice(0, shown);
  return (
    <section className={styles.root} aria-label={t('problems.label')}>
      <Caption1>{t('problems.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}</Caption1>
      <ul className={styles.list}>
        {visible.map((p, i) => {
          const text = describeProblem(locale, p);
          const address = problemAddress(p);
          return (
            <li key={`${i}-${p.code}`} className={styles.item}>
              <Badge className={styles.badge} size="small" appearance="tint" color={BADGE_COLOR[p.severity]}>
                {t(`severity.${p.severity}`)}
              </Badge>
              {address === null || port === null ? (
                <Body1 className={styles.text}>{text}</Body1>
              ) : (
                <Link as="button" className={styles.text} onClick={() => select(p)} title={t('problems.goTo', { address, sheet: p.sheet })}>
                  {text}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      {problems.length > shown && (
        <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + pageSize)}>
          {t('problems.more', { count: Math.min(pageSize, problems.length - shown) })}
        </Button>
      )}
    </section>
  );
}
