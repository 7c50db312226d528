// The pane's frame: title, the seven steps as tabs, and the selected step's panel.
import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
  Tab,
  TabList,
} from '@fluentui/react-components';
import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { Suspense, type ReactNode } from 'react';
import { SessionProvider } from '../common';
import { useHost } from '../host/HostContext';
import { useT } from '../i18n';
import { stepTitleKey } from '../steps/registry';
import type { ShellProps } from './Shell.types';
import { useShellStyles } from './Shell.styles';
import { StepBoundary } from './StepBoundary';
import { useShell } from './useShell';

export function Shell(props: ShellProps): ReactNode {
  const state = useShell(props);
  const styles = useShellStyles();
  const t = useT();
  const { Step } = state;
  const selectedTitle = t(stepTitleKey(state.selected.id));
  const { selfTestHref } = useHost();

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {t('app.title')}
        </Subtitle1>
      </header>
      <nav aria-label={t('nav.label')}>
        <TabList
          className={styles.nav}
          size="small"
          selectedValue={state.selected.id}
          onTabSelect={state.onTabSelect}
          aria-label={t('nav.label')}
        >
          {state.steps.map((step, i) => {
            const done = state.finished.has(step.id);
            return (
              <Tab
                key={step.id}
                id={state.tabId(step.id)}
                value={step.id}
                aria-controls={state.panelId}
                {...(done ? { icon: <CheckmarkCircle16Filled className={styles.done} /> } : {})}
              >
                {`${i + 1}. ${t(stepTitleKey(step.id))}`}
                {done ? <span className={styles.hidden}>{` (${t('nav.done')})`}</span> : null}
              </Tab>
            );
          })}
        </TabList>
      </nav>
      {!state.workbookConnected && (
        <MessageBar intent="warning" layout="multiline" className={styles.notice}>
          <MessageBarBody>
            <MessageBarTitle>{t('noWorkbook.title')}</MessageBarTitle>
            {t('noWorkbook.body')}
          </MessageBarBody>
        </MessageBar>
      )}
      <div id={state.panelId} role="tabpanel" aria-labelledby={state.tabId(state.selected.id)} className={styles.panel}>
        <Caption1 className={styles.position}>{t('nav.stepOf', { n: state.position, total: state.steps.length })}</Caption1>
        <Subtitle2 as="h2" className={styles.stepHeading}>
          {selectedTitle}
        </Subtitle2>
        <SessionProvider session={state.session}>
          <StepBoundary key={state.selected.id} message={t('step.loadFailed')}>
            <Suspense fallback={<Spinner size="small" label={t('app.loading')} />}>
              <Step goTo={state.goTo} />
            </Suspense>
          </StepBoundary>
        </SessionProvider>
      </div>
      {selfTestHref !== undefined && (
        <footer className={styles.help} aria-label={t('help.label')}>
          <Caption1>
            {t('help.label')}: <Link href={selfTestHref}>{t('help.selfTest')}</Link>
          </Caption1>
        </footer>
      )}
    </div>
  );
}
