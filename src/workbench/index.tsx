// The workbench's entry: a simulated Excel seeded with the sample register, its Office and Excel
// globals installed on the page, and the real task pane started from them exactly as in Excel.
// Query parameters: lang=en (Office in English), api=1.8 (an older Excel), count=N (initiatives in
// the sample), seed=N, pane=320…450 (the task pane's width in pixels), stage=imported|assigned|scored|ranked
// (start further along the council's work: see stages.ts), break=merges512,textFormat,payload (break
// a documented rule of Excel on purpose: excel-sim/options.ts), page=selftest (the pane shows the
// self-test page, "Kiểm tra Excel này", instead of the task pane, as its help link does in Excel).
import { createRoot } from 'react-dom/client';
import { hostFromOffice } from '../taskpane/host/office';
import { createOfficePort } from '../workbook/office';
import { SelfTestPage } from '../selftest/SelfTestPage';
import { selfTestFromOffice } from '../selftest/env';
import { ADDIN_VERSION } from '../selftest/version';
import { createSimulatedExcel, simOptionsFromQuery } from './excel-sim';
import { openXlsxInSim } from './open-xlsx';
import { seedSample } from './sample';
import { advanceSample, parseStage } from './stages';
import { createSimSource } from './sim-source';
import { Workbench } from './Workbench';
import { loadXlsxFiles } from '../workbook/xlsx/lazy';

const params = new URLSearchParams(location.search);
const count = Math.max(1, Math.min(250_000, Number(params.get('count') ?? '1000') || 1000));
const seed = Number(params.get('seed') ?? '2021') || 2021;
// Excel lets the pane be dragged between 320 and 450 px wide.
const paneWidth = Math.max(320, Math.min(450, Number(params.get('pane') ?? '360') || 360));

const sim = createSimulatedExcel(simOptionsFromQuery(params));
sim.installGlobals(window);
const sample = seedSample(sim.state, { count, seed });
const source = createSimSource(sim);

async function start(): Promise<void> {
  // The same start-up as src/taskpane/index.tsx, reading the globals the simulator installed.
  const { host, locale } = hostFromOffice(Office, Excel.run, (run) => createOfficePort(run), Excel, loadXlsxFiles);
  if (host.port) await advanceSample(sim, host.port, parseStage(params.get('stage')));
  document.documentElement.lang = locale;
  const element = document.getElementById('root');
  if (element === null) throw new Error('workbench.html has no #root element');
  const selfTest = new URLSearchParams(params);
  selfTest.set('page', 'selftest');
  const pane = new URLSearchParams(params);
  pane.delete('page');
  const paneContent =
    params.get('page') === 'selftest' ? (
      <SelfTestPage {...selfTestFromOffice(Office, Excel)} addinVersion={ADDIN_VERSION} backHref={`?${pane.toString()}`} />
    ) : undefined;
  createRoot(element).render(
    <Workbench
      source={source}
      host={{ ...host, selfTestHref: `?${selfTest.toString()}` }}
      paneContent={paneContent}
      initialLocale={locale}
      paneWidth={paneWidth}
      openFile={async (file) => {
        const sheets = await openXlsxInSim(sim.state, await file.arrayBuffer());
        source.refresh();
        return sheets;
      }}
      initialStatus={(t) => t('sample.loaded', { count: sample.count })}
    />,
  );
}

void Office.onReady(() => void start());
