// Refreshes docs/documents/docx-*.png: the first page of each Word file (the six documents and the
// paper score forms) as LibreOffice prints it. Run: npx tsx scripts/docx-pictures.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReports, scoreForms, type ReportDocument } from '../src/core/reports';
import { renderDocx } from '../src/workbook/docx';
import { COUNCIL, RULES, longResult } from '../test/reports/builders';

const out = join(import.meta.dirname, '..', 'docs', 'documents');
const dir = mkdtempSync(join(tmpdir(), 'sangkien-docx-png-'));
const result = longResult(120);
const { documents } = buildReports({ result, members: COUNCIL, rules: RULES, today: '2021-05-05' });
const pairs = result.initiatives.flatMap((r, i) => COUNCIL.filter((_, k) => k !== i % COUNCIL.length).map((m) => ({ initiativeId: r.initiative.id, memberId: m.id })));
const forms = scoreForms({ initiatives: result.initiatives.map((r) => r.initiative), members: COUNCIL, scores: pairs, rules: RULES, today: '2021-05-05' });
const files: [string, readonly ReportDocument[]][] = [...documents.map((d): [string, ReportDocument[]] => [d.role, [d]]), ['forms', forms.documents]];
const paths: string[] = [];
for (const [key, docs] of files) {
  const path = join(dir, `docx-${key}.docx`);
  writeFileSync(path, await renderDocx(docs));
  paths.push(path);
}
const run = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths], { stdio: 'inherit' });
if (run.status !== 0) throw new Error('LibreOffice failed');
for (const [key] of files) {
  spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(dir, `docx-${key}.pdf`), join(dir, `docx-${key}`)], { stdio: 'inherit' });
  renameSync(join(dir, `docx-${key}.png`), join(out, `docx-${key}.png`));
}
rmSync(dir, { recursive: true, force: true });
console.log(`${files.length} pictures in ${out}`);
