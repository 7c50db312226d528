import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectPacket } from './collect';
import { packetPlans, readPacket } from './packets';
import { scoreSheetPlan } from './score-sheet';
import { readScoreLayout } from '../sheets/scores';
import { formWrites, scoringQueue } from './scoring-form';
import { DEFAULT_RUBRIC } from './rules';
import type { Initiative } from '../model';
import { applyWrites, initiative, member, planToGrid, readScores, skId } from '../../../test/council/builders';

const MEMBERS = ['TV01', 'TV02', 'TV03'];
const word = fc.stringMatching(/^[A-Z][a-z]{5,9}$/);

/** A score as a reviewer may type it: a number, or text with a decimal comma or point. */
const typedScore = (maxTenths: number): fc.Arbitrary<{ tenths: number | null; typed: string | number | null }> =>
  fc.oneof(
    fc.constant({ tenths: null, typed: null }),
    fc
      .integer({ min: 0, max: maxTenths })
      .chain((t) =>
        fc
          .constantFrom<string | number>(t / 10, String(t / 10).replace('.', ','), String(t / 10))
          .map((typed) => ({ tenths: t, typed })),
      ),
  );

const registerArb = fc
  .array(fc.record({ author: word, workplace: word, position: word, titleWord: word }), { minLength: 1, maxLength: 8 })
  .map((rows) =>
    rows.map((r, i) =>
      initiative(skId(i + 1), 'Công đoàn A', {
        title: `Giải pháp ${r.titleWord}`,
        authors: [`Author${r.author}`],
        positions: [`Position${r.position}`],
        workplace: `Workplace${r.workplace}`,
        summary: `Tóm tắt ${r.titleWord}`,
      }),
    ),
  );

function bookFor(initiatives: readonly Initiative[]) {
  const pairs = initiatives.flatMap((it) => MEMBERS.map((m) => ({ initiativeId: it.id, memberId: m })));
  const grid = planToGrid(scoreSheetPlan(pairs, DEFAULT_RUBRIC, [], initiatives).plan);
  return {
    pairs,
    grid,
    scores: readScores(grid, DEFAULT_RUBRIC),
    layout: readScoreLayout(grid, DEFAULT_RUBRIC).layout!,
  };
}

describe('packets and the scoring form, on any register and any typing', () => {
  it('never put an author, position or workplace in a packet', () => {
    fc.assert(
      fc.property(registerArb, (initiatives) => {
        const { pairs } = bookFor(initiatives);
        const text = JSON.stringify(
          packetPlans('TV02', pairs, initiatives, DEFAULT_RUBRIC, { members: MEMBERS.map((m) => member(m)) }),
        );
        expect(text).not.toMatch(/Author|Position|Workplace/);
        for (const it of initiatives) expect(text).toContain(it.title);
      }),
      { numRuns: 100 },
    );
  });

  it('bring every score typed in a packet into Chấm điểm unchanged', () => {
    fc.assert(
      fc.property(
        registerArb.chain((initiatives) =>
          fc.tuple(
            fc.constant(initiatives),
            fc.array(fc.tuple(...DEFAULT_RUBRIC.map((c) => typedScore(c.maxTenths))), {
              minLength: initiatives.length,
              maxLength: initiatives.length,
            }),
          ),
        ),
        ([initiatives, typing]) => {
          const b = bookFor(initiatives);
          const [sheet, meta] = packetPlans('TV03', b.pairs, initiatives, DEFAULT_RUBRIC);
          const writes = typing.flatMap((row, i) => row.map((s, j) => ({ row: 5 + i, col: 6 + j, value: s.typed })));
          const { packet } = readPacket([applyWrites(planToGrid(sheet!), writes), planToGrid(meta!)]);
          const res = collectPacket(b.scores, packet!, DEFAULT_RUBRIC, b.layout, { expectedMemberId: 'TV03' });
          expect(res.refusals).toEqual([]);
          expect(res.conflicts).toEqual([]);
          const after = readScores(applyWrites(b.grid, res.writes), DEFAULT_RUBRIC);
          const mine = after.filter((s) => s.memberId === 'TV03');
          expect(mine.map((s) => DEFAULT_RUBRIC.map((c) => s.scores[c.code]))).toEqual(
            typing.map((row) => row.map((s) => s.tenths)),
          );
          // Nobody else's row changed.
          expect(after.filter((s) => s.memberId !== 'TV03')).toEqual(b.scores.filter((s) => s.memberId !== 'TV03'));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('read any workbook handed in as a packet without throwing', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        'loai',
        'phieu_cham',
        'ma_tv',
        'tieu_chi',
        'TM:30;HQ:40;AD:30',
        'Mã SK',
        'TM',
        'so_dong',
        'ma_kiem_tra',
      ),
      fc.double(),
      fc.boolean(),
    );
    const grid = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 15 }).map((values) => ({ name: 'G', values }));
    const b = bookFor([initiative(skId(1))]);
    fc.assert(
      fc.property(fc.array(fc.option(grid, { nil: null }), { maxLength: 3 }), (grids) => {
        const { packet } = readPacket(grids);
        if (packet) collectPacket(b.scores, packet, DEFAULT_RUBRIC, b.layout);
      }),
      { numRuns: 500 },
    );
  });

  it('save from the form writes only the reviewer’s row, and reads back as saved', () => {
    fc.assert(
      fc.property(
        registerArb,
        fc.nat(),
        fc.tuple(...DEFAULT_RUBRIC.map((c) => typedScore(c.maxTenths))),
        fc.string({ maxLength: 10 }),
        fc.boolean(),
        (initiatives, pick, typing, comment, conflict) => {
          const b = bookFor(initiatives);
          const queue = scoringQueue('TV01', b.scores, initiatives, DEFAULT_RUBRIC);
          const item = queue.items[pick % queue.items.length]!;
          const scores = Object.fromEntries(
            DEFAULT_RUBRIC.map((c, j) => [c.code, typing[j]!.typed === null ? '' : String(typing[j]!.typed)]),
          );
          const save = formWrites(item, { scores, comment, conflict }, DEFAULT_RUBRIC, b.layout);
          expect(save.errors).toEqual({});
          for (const w of save.writes) expect(w.row).toBe(item.row - 1);
          const again = scoringQueue(
            'TV01',
            readScores(applyWrites(b.grid, save.writes), DEFAULT_RUBRIC),
            initiatives,
            DEFAULT_RUBRIC,
          );
          expect(again.items.find((i) => i.initiativeId === item.initiativeId)).toEqual(save.saved);
        },
      ),
      { numRuns: 200 },
    );
  });
});
