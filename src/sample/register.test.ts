import { describe, expect, it } from 'vitest';
import { generateRegister } from './register';
import { generateCouncil, generateScores } from './council';

describe('the register generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateRegister({ count: 120, seed: 1 });
    const b = generateRegister({ count: 120, seed: 1 });
    const c = generateRegister({ count: 120, seed: 2 });
    expect(a.rows).toEqual(b.rows);
    expect(a.rows).not.toEqual(c.rows);
  });

  it('places each truth row at the row it describes, under the header', () => {
    const g = generateRegister({ count: 200, seed: 3 });
    expect(g.rows[g.headerRow - 1]?.[1]).toBe('Tên sáng kiến, giải pháp');
    expect(g.truth).toHaveLength(200);
    for (const t of g.truth) {
      const cell = g.rows[t.row - 1]?.[1];
      expect(typeof cell).toBe('string');
      expect((cell as string).normalize('NFC').trim()).toBe(t.title);
    }
  });

  it('links duplicates to an earlier row of another union with the same title, author and workplace', () => {
    const g = generateRegister({ count: 600, seed: 4, duplicateShare: 0.05 });
    const byRow = new Map(g.truth.map((t) => [t.row, t]));
    const dups = g.truth.filter((t) => t.duplicateOfRow !== null);
    expect(dups.length).toBeGreaterThan(5);
    for (const d of dups) {
      const o = byRow.get(d.duplicateOfRow!)!;
      expect(o.row).toBeLessThan(d.row);
      expect([o.title, o.authors[0], o.workplace]).toEqual([d.title, d.authors[0], d.workplace]);
      expect(o.unit).not.toBe(d.unit);
    }
  });

  it('writes messy money that still means the truth amount', () => {
    const g = generateRegister({ count: 400, seed: 5, mess: 1 });
    const texts = g.truth.map((t) => g.rows[t.row - 1]?.[8]).filter((v) => typeof v === 'string');
    expect(texts.some((v) => /tỷ/.test(v))).toBe(true);
    expect(texts.some((v) => /triệu/.test(v))).toBe(true);
    expect(texts.some((v) => /^\d{1,3}(\.\d{3})+( đ| đồng)?$/.test(v))).toBe(true);
  });

  it('makes scores within each criterion range with at most one decimal', () => {
    const council = generateCouncil(12);
    const pairs = ['SK-0001', 'SK-0002'].flatMap((id) => council.memberIds.slice(0, 3).map((m) => ({ initiativeId: id, memberId: m })));
    const rows = generateScores(pairs);
    expect(rows).toHaveLength(7);
    for (const r of rows.slice(1)) {
      [30, 40, 30].forEach((max, i) => {
        const v = Number(String(r[2 + i]).replace(',', '.'));
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(max);
        expect(Math.round(v * 10)).toBeCloseTo(v * 10, 9);
      });
    }
  });
});
