// LibreOffice, headless, as the tests that recalculate an .xlsx use it: whether it is installed
// (tests skip without it unless SANGKIEN_REQUIRE_TOOLS=1, as in CI), and one conversion with a
// private profile told to recalculate every formula on load (the default keeps cached results).

import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
export const toolsRequired = process.env['SANGKIEN_REQUIRE_TOOLS'] === '1';

/** A private LibreOffice profile under `work`, told to recalculate every formula when loading an .xlsx. */
export function recalcProfile(work: string): string {
  const dir = join(work, 'profile');
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/** Opens each .xlsx in LibreOffice, recalculates it and saves it as .xlsx in `outDir` (same names). */
export function recalculateXlsx(work: string, files: readonly string[], outDir: string): SpawnSyncReturns<string> {
  return spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${recalcProfile(work)}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
}
