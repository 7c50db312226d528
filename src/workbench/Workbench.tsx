// The workbench page: the simulated workbook drawn on the left, the real task pane on the right,
// and a bar to open an .xlsx file and switch the language.
import {
  Button,
  FluentProvider,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle1,
  Text,
  tokens,
  webLightTheme,
  type RadioGroupOnChangeData,
} from '@fluentui/react-components';
import { useCallback, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { TaskpaneHost } from '../taskpane/host/HostContext';
import { LocaleContext, type Locale } from '../taskpane/i18n';
import { TaskpaneApp } from '../taskpane/shell/TaskpaneApp';
import { CreatedWorkbooks } from './CreatedWorkbooks';
import { useWorkbenchT } from './messages';
import { SheetView } from './sheet-view/SheetView';
import type { WorkbookSource } from './source';

export interface WorkbenchProps {
  readonly source: WorkbookSource;
  readonly host: TaskpaneHost;
  readonly initialLocale: Locale;
  /** Loads a file the user picked into the simulated Excel; resolves to the number of sheets read. */
  readonly openFile: (file: File) => Promise<number>;
  /** What the workbook holds at start (e.g. the sample register's size). */
  readonly initialStatus: (t: ReturnType<typeof useWorkbenchT>) => string;
  /** Width of the task pane in pixels; Excel lets the user drag it between 320 and 450. */
  readonly paneWidth?: number;
  /** What the pane shows instead of the task pane (the self-test page, ?page=selftest). */
  readonly paneContent?: ReactNode;
}

/** The task pane's width in Excel is 320–450 px; 360 is what most people see. */
export const PANE_WIDTH = 360;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: '#107c41',
    color: '#ffffff',
  },
  title: { margin: 0, color: '#ffffff' },
  hiddenInput: { display: 'none' },
  status: { color: '#ffffff', flexGrow: 1 },
  language: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  languageGroup: {
    backgroundColor: '#ffffff',
    borderRadius: tokens.borderRadiusMedium,
    paddingRight: tokens.spacingHorizontalS,
  },
  main: { display: 'flex', flexGrow: 1, minHeight: 0 },
  book: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  pane: {
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
  },
});

export function Workbench(props: WorkbenchProps): ReactNode {
  const [locale, setLocale] = useState<Locale>(props.initialLocale);
  return (
    <LocaleContext.Provider value={locale}>
      <WorkbenchPage {...props} locale={locale} onLocale={setLocale} />
    </LocaleContext.Provider>
  );
}

function WorkbenchPage(props: WorkbenchProps & { readonly locale: Locale; readonly onLocale: (l: Locale) => void }): ReactNode {
  const t = useWorkbenchT();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { openFile, onLocale } = props;

  const onFile = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (file === undefined) return;
      setStatus(t('open.loading', { file: file.name }));
      openFile(file).then(
        (sheets) => setStatus(t('open.loaded', { file: file.name, sheets })),
        (error: unknown) => setStatus(t('open.failed', { file: file.name, reason: error instanceof Error ? error.message : String(error) })),
      );
    },
    [openFile, t],
  );

  const onLanguage = useCallback(
    (_e: unknown, data: RadioGroupOnChangeData) => {
      const next: Locale = data.value === 'en' ? 'en' : 'vi';
      document.documentElement.lang = next;
      onLocale(next);
    },
    [onLocale],
  );

  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang={props.locale}>
      <header className={styles.bar}>
        <Subtitle1 as="h1" className={styles.title}>
          {t('page.title')}
        </Subtitle1>
        <Button appearance="secondary" size="small" onClick={() => input.current?.click()}>
          {t('open.button')}
        </Button>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('open.input')}
          onChange={onFile}
        />
        <CreatedWorkbooks source={props.source} />
        <Text className={styles.status} role="status">
          {status ?? props.initialStatus(t)}
        </Text>
        <div className={styles.language}>
          <RadioGroup className={styles.languageGroup} layout="horizontal" value={props.locale} onChange={onLanguage} aria-label={t('language.label')}>
            <Radio value="vi" label={t('language.vi')} />
            <Radio value="en" label={t('language.en')} />
          </RadioGroup>
        </div>
      </header>
      <div className={styles.main}>
        <main className={styles.book} aria-label={t('book.label')}>
          <SheetView source={props.source} />
        </main>
        <aside className={styles.pane} style={{ width: props.paneWidth ?? PANE_WIDTH }} aria-label={t('pane.label')}>
          {props.paneContent ?? <TaskpaneApp host={props.host} locale={props.locale} />}
        </aside>
      </div>
    </FluentProvider>
  );
}
