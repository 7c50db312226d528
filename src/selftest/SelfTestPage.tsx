// "Kiểm tra Excel này": the page that runs the adapter's checks against the Excel it is in and
// shows them as a table, with a plain-text report to copy into an e-mail.
import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useLocale } from '../taskpane/i18n';
import { countStatuses, officeText, type Diagnostics } from './report';
import { selfTestMessages } from './messages';
import type { CaseStatus, SelfTestEnv } from './types';
import { useSelfTest } from './useSelfTest';

export interface SelfTestPageProps {
  readonly env: SelfTestEnv;
  readonly addinVersion: string;
  readonly diagnostics: Diagnostics | null;
  /** Where "back" goes: the task pane. */
  readonly backHref: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: '100%',
  },
  title: { margin: 0 },
  versions: { display: 'flex', flexDirection: 'column' },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: 'anywhere',
    },
  },
  resultCol: { width: '4.5em' },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  fallback: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  report: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function SelfTestPage(props: SelfTestPageProps): ReactNode {
  const t = selfTestMessages.useT();
  const locale = useLocale();
  const styles = useStyles();
  const state = useSelfTest(props.env, { addinVersion: props.addinVersion, diagnostics: props.diagnostics }, locale);
  const reportBox = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const n = countStatuses(state.results);
  const statusClass: Record<CaseStatus, string> = { pass: styles.pass, fail: styles.fail, fallback: styles.fallback };

  const copy = useCallback(() => {
    const text = state.report;
    const viaSelection = (): boolean => {
      // Office's web views often refuse the Clipboard API; a selected text box still copies.
      reportBox.current?.select();
      return document.execCommand('copy');
    };
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    (clipboard ? clipboard.writeText(text).then(() => true, viaSelection) : Promise.resolve(viaSelection())).then(
      (ok) => setCopyStatus(ok ? 'copied' : 'copyFailed'),
      () => setCopyStatus('copyFailed'),
    );
  }, [state.report]);

  return (
    <main className={styles.root} aria-labelledby="selftest-title">
      <Link href={props.backHref}>{t('back')}</Link>
      <Subtitle1 as="h1" id="selftest-title" className={styles.title}>
        {t('title')}
      </Subtitle1>
      <div className={styles.versions}>
        <Caption1>{t('addin', { version: props.addinVersion })}</Caption1>
        <Caption1>{t('office', { office: officeText(props.diagnostics) ?? t('officeUnknown') })}</Caption1>
      </div>
      <Body1>{t('intro')}</Body1>
      <div>
        <Button appearance="primary" disabled={state.running} onClick={state.start}>
          {state.finished ? t('again') : t('start')}
        </Button>
      </div>
      {state.running && (
        <ProgressBar
          value={state.results.length / state.total}
          aria-label={t('running', { done: state.results.length, total: state.total })}
        />
      )}
      <Body1 role="status">
        {state.running
          ? t('running', { done: state.results.length, total: state.total })
          : state.finished
            ? t('summary', { pass: n.pass, fail: n.fail, fallback: n.fallback })
            : ''}
      </Body1>
      {state.results.length > 0 && (
        <table className={styles.table} aria-label={t('tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('case')}</th>
              <th scope="col">{t('expected')}</th>
              <th scope="col">{t('seen')}</th>
              <th scope="col" className={styles.resultCol}>
                {t('result')}
              </th>
            </tr>
          </thead>
          <tbody>
            {state.results.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.title[locale]}</th>
                <td>{r.expected[locale]}</td>
                <td>{r.seen[locale]}</td>
                <td className={statusClass[r.status]}>{t(r.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.finished && (
        <>
          <Body1>{t('send')}</Body1>
          <div>
            <Button onClick={copy}>{t('copy')}</Button>
          </div>
          {copyStatus && (
            <MessageBar intent={copyStatus === 'copied' ? 'success' : 'warning'}>
              <MessageBarBody>{t(copyStatus)}</MessageBarBody>
            </MessageBar>
          )}
          <Textarea
            textarea={{ ref: reportBox, className: styles.report }}
            readOnly
            resize="vertical"
            rows={8}
            value={state.report}
            aria-label={t('report')}
          />
        </>
      )}
    </main>
  );
}
