// The self-test page's entry in Excel (selftest.html, opened from the pane's help link): waits for
// Office, then runs against the Excel it is in.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { LocaleContext, localeFromDisplayLanguage } from '../taskpane/i18n';
import { selfTestFromOffice } from './env';
import { SelfTestPage } from './SelfTestPage';
import { ADDIN_VERSION } from './version';

function start(): void {
  const element = document.getElementById('root');
  if (element === null) throw new Error('selftest.html has no #root element');
  const locale = localeFromDisplayLanguage(Office.context.displayLanguage);
  document.documentElement.lang = locale;
  const { env, diagnostics } = selfTestFromOffice(Office, Excel);
  createRoot(element).render(
    <FluentProvider theme={webLightTheme} lang={locale} style={{ minHeight: '100%' }}>
      <LocaleContext.Provider value={locale}>
        <SelfTestPage env={env} diagnostics={diagnostics} addinVersion={ADDIN_VERSION} backHref="taskpane.html" />
      </LocaleContext.Provider>
    </FluentProvider>,
  );
}

void Office.onReady(start);
