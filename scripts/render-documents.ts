// Refreshes docs/documents/*.png: the first page of each of the six documents, the paper score
// forms ("Phiếu chấm", forms.png) and the three working sheets (register, scores, ranking .png) for a
// register of 650 initiatives, as LibreOffice prints them (plan → .xlsx → PDF → PNG with
// pdftoppm), and each page count at 20, 650 and 4,250 initiatives in docs/documents/pages.md. Run
// with `npm run docs:documents` (needs soffice, pdfinfo, pdftotext and pdftoppm; `--quick`: 650
// only). Look at the pictures.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { councilAtScale } from '../test/reports/at-scale';
import { printPlans } from '../test/reports/print';

const out = join(import.meta.dirname, '..', 'docs', 'documents');
const dir = mkdtempSync(join(tmpdir(), 'sangkien-docs-'));
const sizes = process.argv.includes('--quick') ? [650] : [20, 650, 4250];
const counts = new Map<string, number[]>();
try {
  for (const n of sizes) {
    const council = councilAtScale(n);
    // The working sheets are not bounded in pages: printed at 20 and 650 (4,250 takes long).
    const plans = [...council.documents, council.forms.plan, ...(n > 650 ? [] : council.working)];
    const printed = await printPlans(plans, dir, `n${n}-`, 1_500_000);
    for (const p of printed) {
      counts.set(p.plan.name, [...(counts.get(p.plan.name) ?? []), p.pages.length]);
      if (n !== 650) continue;
      const run = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        p.pdf,
        join(out, p.plan.role),
      ]);
      if (run.status !== 0) throw new Error(`pdftoppm failed on ${p.pdf}`);
      process.stdout.write(`${join(out, `${p.plan.role}.png`)}\n`);
    }
  }
  const lines = [
    '# Printed pages of the documents (LibreOffice, A4)',
    '',
    'Written by `npm run docs:documents` from generated registers (15 members, three reviews each).',
    'The working sheets ("Sáng kiến", "Chấm điểm", "Xếp hạng") print one page across at 70 % or more;',
    '"Phiếu chấm" holds one form per member, each starting a page.',
    '',
    `| Document | ${sizes.map((n) => `${n.toLocaleString('en-US')} initiatives`).join(' | ')} |`,
    `| --- | ${sizes.map(() => '---:').join(' | ')} |`,
    ...[...counts].map(
      ([name, pages]) => `| ${name} | ${[...pages, ...sizes.slice(pages.length).map(() => '–')].join(' | ')} |`,
    ),
    '',
  ];
  writeFileSync(join(out, 'pages.md'), lines.join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
