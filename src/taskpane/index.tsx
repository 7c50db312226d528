// The task pane's entry in Excel: wait for Office, read the language and what this Excel supports,
// connect the workbook port, and render the shell.
import { createRoot } from 'react-dom/client';
import { createOfficePort } from '../workbook/office';
import { hostFromOffice } from './host/office';
import { TaskpaneApp } from './shell/TaskpaneApp';
import { loadXlsxFiles } from '../workbook/xlsx/lazy';

function start(): void {
  const element = document.getElementById('root');
  // The template always has #root; without it there is nothing to render into.
  if (element === null) throw new Error('taskpane.html has no #root element');
  const { host, locale } = hostFromOffice(
    Office,
    typeof Excel === 'undefined' ? undefined : Excel.run,
    (run) => createOfficePort(run),
    typeof Excel === 'undefined' ? undefined : Excel,
    loadXlsxFiles,
  );
  document.documentElement.lang = locale;
  // The self-test page is another page of the add-in: the pane navigates to it and back.
  createRoot(element).render(<TaskpaneApp host={{ ...host, selfTestHref: 'selftest.html' }} locale={locale} />);
}

void Office.onReady(start);
