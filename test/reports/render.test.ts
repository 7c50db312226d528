// The documents as the committee receives them: written to .xlsx by the real adapter, printed to
// PDF by LibreOffice, read back with poppler. Skipped where LibreOffice is not installed, unless
// SANGKIEN_REQUIRE_TOOLS=1 (CI), where a missing tool fails.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReports } from '../../src/core/reports';
import type { SheetPlan, SheetRole } from '../../src/core/sheet/plan';
import { createXlsx } from '../../src/workbook/xlsx';
import { COUNCIL, RULES, longResult } from './builders';

const TOOLS = ['soffice', 'pdfinfo', 'pdftotext'];
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = TOOLS.filter((t) => !has(t));
const required = process.env['SANGKIEN_REQUIRE_TOOLS'] === '1';

describe('the tools the render check needs', () => {
  it('are all installed where SANGKIEN_REQUIRE_TOOLS=1 asks for them', () => {
    expect(required ? missing : []).toEqual([]);
  });
});

const PERSONS = 120;

interface Printed {
  readonly plan: SheetPlan;
  /** Text of each page, lines with runs of spaces kept (pdftotext -layout), NFC. */
  readonly pages: string[];
  /** Width × height of each page in points. */
  readonly sizes: [number, number][];
}

function pageSizes(pdf: string): [number, number][] {
  const out = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' }).stdout;
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
}

function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

describe.skipIf(missing.length > 0)(`the documents printed by LibreOffice (${PERSONS} proposed persons)`, () => {
  let dir = '';
  const printed = new Map<SheetRole, Printed>();
  const result = longResult(PERSONS);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sangkien-render-'));
    const { plans } = buildReports({ result, members: COUNCIL, rules: RULES, today: '2021-05-05' });
    const files: string[] = [];
    for (const plan of plans) {
      const wb = createXlsx();
      await wb.apply([{ kind: 'writePlan', plan }]);
      const file = join(dir, `${plan.role}.xlsx`);
      writeFileSync(file, await wb.toBuffer());
      files.push(file);
    }
    // A private profile: other LibreOffice runs on the machine must not share (and lock) ours.
    const run = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const plan of plans) {
      const pdf = join(dir, `${plan.role}.pdf`);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.normalize('NFC');
      const pages = text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
      printed.set(plan.role, { plan, pages, sizes: pageSizes(pdf) });
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const get = (role: SheetRole): Printed => {
    const p = printed.get(role);
    if (!p) throw new Error(`${role} was not printed`);
    return p;
  };

  it('prints every page of every document on A4, in the orientation the plan asks', () => {
    for (const { plan, sizes } of printed.values()) {
      expect(sizes.length, plan.name).toBeGreaterThan(0);
      const [w, h] = plan.page?.orientation === 'landscape' ? [842, 595] : [595, 842];
      for (const [pw, ph] of sizes) {
        expect(Math.abs(pw - w), plan.name).toBeLessThan(2);
        expect(Math.abs(ph - h), plan.name).toBeLessThan(2);
      }
    }
  });

  it('repeats the table header on every page of the long lists and never spills a column onto a page of its own', () => {
    const checks: [SheetRole, string, string][] = [
      ['ubnd', 'Họ và tên', 'Ghi chú'],
      ['results', 'Mã SK', 'Ghi chú'],
    ];
    for (const [role, first, last] of checks) {
      const { pages, plan } = get(role);
      expect(pages.length, plan.name).toBeGreaterThan(1);
      pages.forEach((page, i) => {
        expect(page, `${plan.name} page ${i + 1}`).toContain(first);
        expect(page, `${plan.name} page ${i + 1}`).toContain(last);
        expect(page, `${plan.name} page ${i + 1}`).toContain('Tên sáng kiến');
      });
    }
  });

  it('keeps every column of the short documents on the page, a table row printed whole on one line', () => {
    for (const [role, first, last] of [
      ['national', 'Họ và tên', 'Ghi chú'],
      ['media', 'Họ và tên', 'Ghi chú'],
    ] as const) {
      const { pages, plan } = get(role);
      for (const page of pages) if (page.includes(last)) expect(page, plan.name).toContain(first);
      expect(pages.join('\n'), plan.name).toContain(last);
    }
    // Every count of the statistics on the line of its union: nothing went to a page across.
    const stats = get('stats');
    const lines = stats.pages.join('\n').split('\n').map(squash);
    for (const row of stats.plan.rows) {
      if (typeof row[1] !== 'string' || typeof row[2] !== 'number') continue;
      const expected = squash(row.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').join(' '));
      expect(lines.some((l) => l.includes(expected)), expected).toBe(true);
    }
  });

  it('prints the header blocks, the dated line and the title before the table, then every proposed name in order', () => {
    const { pages, plan } = get('ubnd');
    const first = squash(pages[0]!);
    const title = first.indexOf('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(title).toBeGreaterThan(0);
    // The header blocks sit side by side above the title; a heading may be broken over two lines.
    const heads = plan.rows.slice(0, 4).flat().filter((v): v is string => typeof v === 'string');
    for (const line of heads.flatMap((h) => h.split('\n'))) {
      const at = first.indexOf(squash(line));
      expect(at, line).toBeGreaterThanOrEqual(0);
      expect(at, line).toBeLessThan(title);
    }
    const all = squash(pages.join('\n'));
    const order = [
      'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      'I. GIẢI NHẤT (3 cá nhân)',
      ...result.lists.ubnd.map((e) => e.person.name),
      'TM. HỘI ĐỒNG',
      'CHỦ TỊCH',
      'Trần Văn Chủ',
    ];
    let at = -1;
    for (const text of order) {
      const next = all.indexOf(squash(text), at + 1);
      expect(next, `"${text}" after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });

  it('prints the minutes and the statistics with their signatures', () => {
    const minutes = squash(get('minutes').pages.join('\n'));
    for (const t of ['BIÊN BẢN', 'I. THÀNH PHẦN HỘI ĐỒNG', 'II. KẾT QUẢ XÉT DUYỆT', 'THƯ KÝ', 'Huỳnh Thị Thư', 'Trần Văn Chủ']) expect(minutes).toContain(t);
    const stats = squash(get('stats').pages.join('\n'));
    expect(stats).toContain('Tổng cộng');
  });

  it('renders a first page a person can look at', () => {
    if (!has('pdftoppm')) return;
    const out = join(dir, 'ubnd-page');
    const run = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'ubnd.pdf'), out]);
    expect(run.status).toBe(0);
    // A PNG signature: the page rendered (looked at by hand when the layout changes).
    expect(readFileSync(`${out}.png`).subarray(1, 4).toString()).toBe('PNG');
  });
});
