// A register sent as one file per union, in mixed layouts and encodings, read as one register: at
// least 99.5 % right on every field, and every initiative two unions both registered linked.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { readSources } from '../../src/core/intake';
import { generateUnionFiles } from '../../src/sample/union-files';
import { scoreUnionRead, unionGrid, writeUnionFiles, type ReadRow } from '../support/union-files';

describe('a register sent as one file per union', () => {
  const { files, truth } = generateUnionFiles({ count: 3000, files: 30, seed: 7 });

  it('is generated in every layout and encoding, with copies across files', () => {
    expect(new Set(files.map((f) => f.layout))).toEqual(new Set(['province', 'plain', 'grouped', 'merged']));
    expect(new Set(files.map((f) => f.encoding))).toEqual(new Set(['unicode', 'tcvn3', 'vni']));
    expect(files.some((f) => f.merges.some((m) => m.rowCount > 1 && m.row > 4))).toBe(true);
    const copies = truth.filter((t) => t.duplicateOf !== null);
    expect(copies.length).toBeGreaterThan(30);
    expect(copies.every((t) => t.duplicateOf!.file !== t.file)).toBe(true);
  });

  it('reads at least 99.5 % right on every field and links every copy across files', () => {
    const result = readSources(files.map((f) => ({ file: f.name, grids: [unionGrid(f)] })));
    expect(result.sources.map((s) => s.status)).toEqual(files.map(() => 'read'));
    // Each file's line says how it was written.
    for (const [k, f] of files.entries()) {
      const enc = result.sources[k]!.encodings;
      const seen = enc.tcvn3 > 0 ? (enc.vni > 0 ? 'mixed' : 'tcvn3') : enc.vni > 0 ? 'vni' : 'unicode';
      expect(seen, f.name).toBe(f.encoding);
    }
    const { accuracy, wrong, missedDuplicates } = scoreUnionRead(result.initiatives, truth);
    for (const [field, share] of Object.entries(accuracy))
      expect(share, `${field}: ${wrong[field as keyof typeof wrong].slice(0, 3).join(' | ')}`).toBeGreaterThanOrEqual(
        0.995,
      );
    expect(missedDuplicates).toEqual([]);
    expect(result.initiatives).toHaveLength(truth.length);
    // Every copy names the other union's file.
    const copies = result.problems.filter((p) => p.code === 'intake.duplicate.source');
    expect(copies.length).toBe(truth.filter((t) => t.duplicateOf !== null).length);
    expect(copies.every((p) => /^\[\d\d-[a-z-]+\.xlsx\]/.test(String(p.params?.source)))).toBe(true);
  });

  it('reads the same through sangkien import, one import for all thirty .xlsx files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sangkien-unions-'));
    await writeUnionFiles(dir, files);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliIo = {
      out: (t) => stdout.push(t),
      err: (t) => stderr.push(t),
      env: { LANG: 'vi_VN.UTF-8' },
      cwd: dir,
    };
    expect(await main(['import', ...files.map((f) => f.name), '-o', 'tong-hop.xlsx', '--json'], io)).toBe(0);
    const json = JSON.parse(stdout.join('')) as { initiatives: ReadRow[] };
    const { accuracy, wrong, missedDuplicates } = scoreUnionRead(json.initiatives, truth);
    for (const [field, share] of Object.entries(accuracy))
      expect(share, `${field}: ${wrong[field as keyof typeof wrong].slice(0, 3).join(' | ')}`).toBeGreaterThanOrEqual(
        0.995,
      );
    expect(missedDuplicates).toEqual([]);
    expect(stderr.join('\n')).toContain(`Đã đọc ${truth.length} sáng kiến từ 30/30 nguồn`);
  }, 120_000);
});
