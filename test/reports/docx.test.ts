// The Word files as the committee receives them: every document and the paper score forms written
// by the .docx adapter, opened back (the signature block, the repeated header row, the marker that
// tells an untouched file from an edited one) and printed to PDF by LibreOffice (A4, the
// orientation of its sheet, the national heading, every name of its list in order). The LibreOffice
// part is skipped where it is not installed, unless SANGKIEN_REQUIRE_TOOLS=1 (CI).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreRow } from '../../src/core/model';
import { buildReports, NATIONAL_TITLE, scoreForms, type DocTable, type ReportDocument } from '../../src/core/reports';
import { documentTexts, isUntouched, readDocx, renderDocx } from '../../src/workbook/docx';
import { COUNCIL, RULES, longResult } from './builders';

const TOOLS = ['soffice', 'pdfinfo', 'pdftotext'];
const has = (tool: string): boolean => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = TOOLS.filter((t) => !has(t));
const required = process.env['SANGKIEN_REQUIRE_TOOLS'] === '1';

const PERSONS = 120;
const result = longResult(PERSONS);
const reports = buildReports({ result, members: COUNCIL, rules: RULES, today: '2021-05-05' });
// Each initiative reviewed by three of the four members.
const pairs: Pick<ScoreRow, 'initiativeId' | 'memberId'>[] = result.initiatives.flatMap((r, i) =>
  COUNCIL.filter((_, k) => k !== i % COUNCIL.length).map((m) => ({ initiativeId: r.initiative.id, memberId: m.id })),
);
const forms = scoreForms({
  initiatives: result.initiatives.map((r) => r.initiative),
  members: COUNCIL,
  scores: pairs,
  rules: RULES,
  today: '2021-05-05',
});

interface File {
  readonly key: string;
  readonly docs: readonly ReportDocument[];
}
const FILES: File[] = [
  ...reports.documents.map((d) => ({ key: d.role, docs: [d] })),
  { key: 'forms', docs: forms.documents },
];

/** The first table of a document, and the texts of one of its columns in row order. */
function column(d: ReportDocument, col: number): string[] {
  const table = d.spec.blocks.find((b): b is DocTable => b.kind === 'table')!;
  return table.rows.flatMap((r) => {
    const v: unknown = Array.isArray(r) ? r[col] : null;
    return typeof v === 'string' ? [v] : [];
  });
}

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');

/**
 * Whether each name is printed after the one before it. A name a narrow column wrapped over two
 * lines is found by its longest leading words on one line (the other columns' lines may come
 * between), its remaining words following within the row; returns the first name not found so.
 */
function inOrder(text: string, names: readonly string[]): { missing: string | null } {
  const h = squash(text);
  let at = 0;
  for (const name of names) {
    const words = name.split(/\s+/).filter((w) => w !== '');
    let found = -1;
    for (let k = words.length; k >= Math.min(2, words.length) && found < 0; k--) {
      const i = h.indexOf(squash(words.slice(0, k).join(' ')), at);
      if (i < 0) continue;
      // The rest of the name within the row that follows.
      const rest = words.slice(k);
      let j = i;
      const ok = rest.every((w) => {
        const next = h.indexOf(squash(w), j);
        if (next < 0 || next - i > 600) return false;
        j = next;
        return true;
      });
      if (ok) found = i;
    }
    if (found < 0) return { missing: name };
    at = found + 1;
  }
  return { missing: null };
}

describe('the Word files, opened back', () => {
  const bytes = new Map<string, Uint8Array>();
  beforeAll(async () => {
    for (const f of FILES) bytes.set(f.key, await renderDocx(f.docs));
  }, 60_000);

  it('hold the header blocks, the title and the signature block of each document', () => {
    for (const f of FILES) {
      const texts = documentTexts(readDocx(bytes.get(f.key)!)!.document);
      for (const d of f.docs) {
        expect(texts, f.key).toContain(NATIONAL_TITLE);
        expect(texts, f.key).toContain(d.spec.title.toUpperCase());
        for (const line of d.spec.signature.lines) expect(texts, f.key).toContain(line.toUpperCase());
        expect(texts, f.key).toContain(d.spec.signature.name);
        for (const line of d.spec.leftSignature?.lines ?? []) expect(texts, f.key).toContain(line.toUpperCase());
      }
    }
    // The chair signs the lists; the minutes are signed by the secretary too.
    const minutes = documentTexts(readDocx(bytes.get('minutes')!)!.document);
    for (const s of ['TM. HỘI ĐỒNG', 'CHỦ TỊCH', 'Trần Văn Chủ', 'THƯ KÝ', 'Huỳnh Thị Thư'])
      expect(minutes).toContain(s);
  });

  it('mark the list tables header rows to repeat, and are A4 with the decree margins', () => {
    for (const f of FILES) {
      const xml = readDocx(bytes.get(f.key)!)!.document;
      if (f.docs.some((d) => d.spec.blocks.some((b) => b.kind === 'table' && b.repeatHeader)))
        expect(xml, f.key).toContain('<w:tblHeader/>');
      const sizes = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(sizes.length, f.key).toBe(f.docs.length);
      f.docs.forEach((d, i) =>
        expect(sizes[i], f.key).toEqual(d.orientation === 'landscape' ? [16838, 11906] : [11906, 16838]),
      );
      // 2 cm top and bottom, 3 cm left, 1.5 cm right.
      expect(xml, f.key).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    }
  });

  it('give each criterion of a paper form a box a score can be written in by hand (2 cm or more), rows at least 0.85 cm', () => {
    const xml = readDocx(bytes.get('forms')!)!.document;
    // The widest table of the file is the form's (the header blocks are a two-column table).
    const cols = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/gs)]
      .map((g) => [...g[1]!.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1])))
      .reduce((a, b) => (b.length > a.length ? b : a), []);
    const boxes = RULES.rubric.length + 1;
    expect(cols.length).toBe(boxes + 4);
    for (const w of cols.slice(-boxes)) expect((w / 1440) * 2.54).toBeGreaterThanOrEqual(2);
    expect(xml).toMatch(/<w:trHeight w:val="480" w:hRule="atLeast"\/>/);
    // The sheet's boxes too, at the scale the sheet prints, and its rows as tall.
    const plan = forms.plan!;
    const scale = (plan.page?.scale ?? 100) / 100;
    for (const c of plan.columns!.slice(-boxes))
      expect(((c.width! * 7 + 5) / 96) * 2.54 * scale).toBeGreaterThanOrEqual(2);
    const body = plan.page!.rowBreaks!.length;
    expect(body).toBeGreaterThan(0);
    const ids = plan.rows.flatMap((r, i) => (typeof r[1] === 'string' && /^SK-\d+$/.test(r[1]) ? [i] : []));
    for (const r of ids) expect(plan.rowHeights!.get(r)).toBeGreaterThanOrEqual(24);
  });

  it('tell a file they wrote from one whose text was edited, and from someone else’s', () => {
    const original = bytes.get('ubnd')!;
    expect(isUntouched(original)).toBe(true);
    const parts = unzipSync(original);
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    const edited = zipSync({
      ...parts,
      'word/document.xml': strToU8(xml.replace('Nguyễn Văn An 001', 'Nguyễn Văn Ân 001')),
    });
    expect(isUntouched(edited)).toBe(false);
    // Split runs (as Word leaves them) with the same words are still untouched.
    expect(xml).toContain('>Nguyễn Văn An 001</w:t></w:r>');
    const split = zipSync({
      ...parts,
      'word/document.xml': strToU8(
        xml.replace('>Nguyễn Văn An 001</w:t></w:r>', '>Nguyễn Văn </w:t></w:r><w:r><w:t>An 001</w:t></w:r>'),
      ),
    });
    expect(isUntouched(split)).toBe(true);
    const { 'docProps/custom.xml': _marker, ...rest } = parts;
    expect(isUntouched(zipSync(rest))).toBe(false);
    expect(isUntouched(strToU8('not a zip'))).toBe(false);
  });
});

describe('the tools the Word render check needs', () => {
  it('are all installed where SANGKIEN_REQUIRE_TOOLS=1 asks for them', () => {
    expect(required ? missing : []).toEqual([]);
  });
});

describe.skipIf(missing.length > 0)('the Word files printed by LibreOffice', () => {
  let dir = '';
  const pages = new Map<string, string[]>();
  const sizes = new Map<string, [number, number][]>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sangkien-docx-'));
    const paths: string[] = [];
    for (const f of FILES) {
      const path = join(dir, `${f.key}.docx`);
      writeFileSync(path, await renderDocx(f.docs));
      paths.push(path);
    }
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...paths,
      ],
      {
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const f of FILES) {
      const pdf = join(dir, `${f.key}.pdf`);
      // -layout keeps the lines top to bottom (without it, poppler may read a later row first).
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.normalize('NFC');
      pages.set(
        f.key,
        text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== ''),
      );
      const info = spawnSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' }).stdout;
      sizes.set(
        f.key,
        [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]),
      );
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints every page on A4, landscape where the sheet is, "Biên bản" portrait', () => {
    for (const f of FILES) {
      const s = sizes.get(f.key)!;
      expect(s.length, f.key).toBeGreaterThan(0);
      const [w, h] = f.docs[0]!.orientation === 'landscape' ? [842, 595] : [595, 842];
      for (const [pw, ph] of s) {
        expect(Math.abs(pw - w), f.key).toBeLessThan(2);
        expect(Math.abs(ph - h), f.key).toBeLessThan(2);
      }
    }
    expect(sizes.get('minutes')![0]![0]).toBeLessThan(600);
  });

  it('prints the national heading on the first page and every name of each list in order', () => {
    for (const f of FILES) {
      const p = pages.get(f.key)!;
      expect(squash(p[0]!), f.key).toContain(squash(NATIONAL_TITLE));
      for (const d of f.docs) {
        // Names (Họ và tên), Mã SK, unions or members: the list's second column.
        const names = column(d, 1);
        expect(names.length, f.key).toBeGreaterThanOrEqual(3);
        expect(inOrder(p.join('\n'), names).missing, f.key).toBeNull();
      }
    }
    expect(column(FILES.find((f) => f.key === 'ubnd')!.docs[0]!, 1)).toHaveLength(PERSONS);
  });

  it('repeats the list header on every page of the long lists', () => {
    for (const key of ['ubnd', 'results']) {
      const p = pages.get(key)!;
      expect(p.length, key).toBeGreaterThan(1);
      const doc = FILES.find((f) => f.key === key)!.docs[0]!;
      const names = column(doc, 1).map(squash);
      // Every page but the last; the last too unless it holds only what follows the table.
      p.slice(0, -1).forEach((page, i) =>
        expect(squash(page), `${key} page ${i + 1}`).toContain(squash('Tên sáng kiến')),
      );
      const last = squash(p[p.length - 1]!);
      if (!last.includes(squash('Tên sáng kiến')))
        for (const n of names) expect(last.includes(n), `${key} last page: ${n}`).toBe(false);
    }
  });

  it('prints each member’s form from a page of its own, with exactly their initiatives', () => {
    const p = pages.get('forms')!;
    const starts = p
      .map((page, i) => ({ i, page }))
      .filter(({ page }) => squash(page).includes(squash('PHIẾU CHẤM ĐIỂM SÁNG KIẾN')));
    expect(starts.length).toBe(COUNCIL.length);
    forms.forms.forEach((form, k) => {
      const from = starts[k]!.i;
      const to = starts[k + 1]?.i ?? p.length;
      const text = p.slice(from, to).join('\n');
      expect(text).toContain(`(mã ${form.memberId})`);
      const ids = [...text.matchAll(/SK-\d{4}/g)].map((m) => m[0]);
      const mine = pairs.filter((x) => x.memberId === form.memberId).map((x) => x.initiativeId);
      expect([...ids].sort()).toEqual([...mine].sort());
      // No author of any initiative is printed.
      for (const r of result.initiatives) for (const a of r.initiative.authors) expect(text.includes(a), a).toBe(false);
    });
  });
});
