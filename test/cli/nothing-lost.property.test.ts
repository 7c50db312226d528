// Property: any sequence of import / assign / collect / rank / report over a scored book, with
// clerk edits between them (a note column added, the header of "Chấm điểm" edited and put back),
// never loses or changes a score that was entered. Commands run in-process for speed; the process
// behaviour of each is tested in nothing-lost.test.ts.

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { readPacket } from '../../src/core/council';
import { DEFAULT_RUBRIC } from '../../src/core/council/rules';
import { readScoreSheet } from '../../src/core/sheets/scores';
import { generateCouncil, generateScores } from '../../src/sample/council';
import { generateRegister } from '../../src/sample/register';
import { openXlsx } from '../../src/workbook/xlsx';
import { writeRawWorkbook } from '../support/workbook-files';

const work = mkdtempSync(join(tmpdir(), 'sangkien-prop-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const io: CliIo = { out: () => undefined, err: () => undefined, env: { LANG: 'vi_VN.UTF-8' }, cwd: work };

async function scoresOf(path: string): Promise<Map<string, number>> {
  const [grid] = await (await openXlsx(path)).readSheets([{ role: 'scores', formulas: true }]);
  const out = new Map<string, number>();
  for (const r of readScoreSheet(grid!, DEFAULT_RUBRIC).rows) {
    for (const [code, v] of Object.entries(r.scores))
      if (typeof v === 'number') out.set(`${r.initiativeId}|${r.memberId}|${code}`, v);
  }
  return out;
}

async function edit(
  from: string,
  to: string,
  cells: { row: number; col: number; value: string | number | null }[],
): Promise<void> {
  const book = await openXlsx(from);
  const [grid] = await book.readSheets([{ role: 'scores' }]);
  await book.apply([{ kind: 'writeCells', sheet: grid!.name, cells }]);
  await book.save(to);
}

type Op =
  | { kind: 'assign'; per: number }
  | { kind: 'rank' }
  | { kind: 'report' }
  | { kind: 'import' }
  | { kind: 'collect'; packet: number; value: number }
  | { kind: 'note'; row: number }
  | { kind: 'header' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('assign' as const), per: fc.integer({ min: 2, max: 4 }) }),
  fc.constant({ kind: 'rank' as const }),
  fc.constant({ kind: 'report' as const }),
  fc.constant({ kind: 'import' as const }),
  fc.record({
    kind: fc.constant('collect' as const),
    packet: fc.integer({ min: 0, max: 5 }),
    value: fc.integer({ min: 0, max: 30 }),
  }),
  fc.record({ kind: fc.constant('note' as const), row: fc.integer({ min: 1, max: 40 }) }),
  fc.constant({ kind: 'header' as const }),
);

describe('scores survive any sequence of commands and clerk edits', () => {
  let packets: string[] = [];

  beforeAll(async () => {
    const register = generateRegister({ count: 16, seed: 21, duplicateShare: 0 });
    await writeRawWorkbook(join(work, 'dang-ky.xlsx'), [
      { name: register.sheet, rows: register.rows, merges: register.merges },
      { name: 'Hội đồng', rows: generateCouncil(6).rows },
    ]);
    expect(await main(['import', 'dang-ky.xlsx', '-o', 'b1.xlsx'], io)).toBe(0);
    expect(await main(['assign', 'b1.xlsx', '-o', 'b2.xlsx'], io)).toBe(0);
    expect(await main(['packets', 'b2.xlsx', '--out', 'packets'], io)).toBe(0);
    packets = readdirSync(join(work, 'packets')).sort();
    // Half the pairs scored, as a council part-way through.
    const book = await openXlsx(join(work, 'b2.xlsx'));
    const [grid] = await book.readSheets([{ role: 'scores' }]);
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs = grid!.values.slice(1).map((r) => ({ initiativeId: text(r[0]), memberId: text(r[1]) }));
    const filled = generateScores(pairs, { seed: 6, textShare: 0 });
    const cells = filled
      .slice(1)
      .flatMap((r, i) => (i % 2 === 0 ? [2, 3, 4].map((col) => ({ row: i + 1, col, value: r[col] ?? null })) : []));
    await book.apply([{ kind: 'writeCells', sheet: grid!.name, cells }]);
    await book.save(join(work, 'scored.xlsx'));
  }, 120_000);

  it('never loses or changes an entered score', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), async (ops) => {
        const dir = join(work, `run-${run++}`);
        mkdirSync(dir);
        const at = (name: string): string => join(dir, name);
        let cur = join(work, 'scored.xlsx');
        const entered = await scoresOf(cur);
        let step = 0;
        for (const o of ops) {
          const next = at(`s${step++}.xlsx`);
          let code = 0;
          if (o.kind === 'assign') code = await main(['assign', cur, '--per', String(o.per), '-o', next], io);
          else if (o.kind === 'rank') code = await main(['rank', cur, '-o', next], io);
          else if (o.kind === 'report') code = await main(['report', cur, '-o', next], io);
          else if (o.kind === 'import') code = await main(['import', cur, join(work, 'dang-ky.xlsx'), '-o', next], io);
          else if (o.kind === 'collect') {
            const source = join(work, 'packets', packets[o.packet % packets.length]!);
            const wb = await openXlsx(source);
            const sheets = await wb.listSheets();
            const p = readPacket(await wb.readSheets(sheets.map((s) => ({ name: s.name })))).packet!;
            await wb.apply([
              {
                kind: 'writeCells',
                sheet: p.sheet,
                cells: p.rows.flatMap((r) =>
                  Object.values(p.columns).map((col) => ({ row: r.row - 1, col, value: o.value })),
                ),
              },
            ]);
            const filled = at(`p${step}.xlsx`);
            await wb.save(filled);
            code = await main(['collect', cur, filled, '-o', next], io);
          } else if (o.kind === 'note') {
            await edit(cur, next, [
              { row: 0, col: 12, value: 'Ghi chú' },
              { row: o.row, col: 12, value: `ghi chú ${o.row}` },
            ]);
          } else {
            // The header of "Chấm điểm" edited: assign must refuse, writing nothing; then put back.
            const broken = at(`h${step}.xlsx`);
            await edit(cur, broken, [{ row: 0, col: 0, value: 'Mã sáng kiến cũ' }]);
            expect(await main(['assign', broken, '-o', at(`refused${step}.xlsx`)], io)).toBe(1);
            expect(readdirSync(dir)).not.toContain(`refused${step}.xlsx`);
            await edit(broken, next, [{ row: 0, col: 0, value: 'Mã SK' }]);
          }
          // A refusal (rank with a problem, say) leaves the book as it was.
          if (code === 0) cur = next;
          const now = await scoresOf(cur);
          for (const [k, v] of entered) expect(now.get(k), `${o.kind}: ${k}`).toBe(v);
          for (const [k, v] of now) if (!entered.has(k)) entered.set(k, v);
        }
      }),
      { numRuns: 6, seed: 16 },
    );
  }, 600_000);
});
