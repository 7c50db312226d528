import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/core/reports';
import { isPlanFormula, type SheetPlan } from '../../src/core/sheet/plan';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx';
import { COUNCIL, RULES, entry, rankResult, result } from './builders';
import { strings } from './read-plan';

// Register text that a spreadsheet would take for a formula, a number or a date if written carelessly.
const TITLE = '=HYPERLINK("http://x.invalid","Bấm vào đây")';
const AUTHOR = '+84 931 288 125';
const WORKPLACE = '@SUM(A1:A9)';
const POSITION = '-5';
const UNIT = '=1+1';
const SUMMARY = '=cmd|\' /C calc\'!A0';

function hostile() {
  const a = result({ n: 1, title: TITLE, author: AUTHOR, workplace: WORKPLACE, position: POSITION, unit: UNIT, summary: SUMMARY, score: 9000, tier: 'Nhất', field: 'sx' }, 0);
  const b = result({ n: 2, title: '@ngày 12/2019', author: '0931288125', workplace: '-Công ty', unit: '+Công đoàn', score: 8100, tier: 'Nhì', field: 'gd' }, 1);
  const ubnd = [entry(a, { yes: 9, ballot: 'passed' }), entry(b, { yes: 9, ballot: 'passed' })];
  return buildReports({
    result: rankResult([a, b], { ubnd, national: ubnd, media: ubnd, votesEntered: true }),
    members: COUNCIL,
    rules: RULES,
    today: '2021-05-05',
  });
}

const EXACT = [TITLE, AUTHOR, WORKPLACE, UNIT, '@ngày 12/2019', '0931288125', '+Công đoàn'];

describe('register text that looks like a formula', () => {
  const { plans } = hostile();

  it('stays a plain string in every plan and no plan holds a formula', () => {
    for (const plan of plans) {
      for (const line of plan.rows) for (const v of line) expect(isPlanFormula(v)).toBe(false);
    }
    const texts = new Set(plans.flatMap((p) => strings(p).map((s) => s.text)));
    for (const t of [TITLE, AUTHOR, WORKPLACE]) expect(texts.has(t), t).toBe(true);
    expect(texts.has(UNIT)).toBe(true); // "Thống kê" lists the union as written
  });

  it('reads back from an .xlsx exactly as typed, never as a formula, a number or a date', async () => {
    const wb = createXlsx();
    await wb.apply(plans.map((plan: SheetPlan) => ({ kind: 'writePlan' as const, plan })));
    const back = await openXlsx(await wb.toBuffer());
    const grids = await back.readSheets(plans.map((p) => ({ name: p.name, formulas: true })));
    const seen = new Set<string>();
    grids.forEach((grid, i) => {
      expect(grid, plans[i]!.name).not.toBeNull();
      expect(grid!.formulas?.size ?? 0, plans[i]!.name).toBe(0);
      // Every string of the plan is the same string in the file, in the same cell.
      for (const s of strings(plans[i]!)) {
        expect(grid!.values[s.row]?.[s.col], `${plans[i]!.name} ${s.row},${s.col}`).toBe(s.text);
        seen.add(s.text);
      }
    });
    for (const t of EXACT) expect(seen.has(t), t).toBe(true);
  });
});
