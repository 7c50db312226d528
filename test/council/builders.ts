// Builders for council tests: records with sensible defaults, a plan turned into the grid a host
// would read back, a minimal score-sheet reader and the writes of a save applied to a grid.

import type { Criterion, Initiative, InitiativeId, Member, MemberId, MemberRole, ScoreRow } from '../../src/core/model';
import type { CellValue, SheetGrid } from '../../src/core/sheet/grid';
import type { PlanValue, SheetPlan } from '../../src/core/sheet/plan';
import { isPlanFormula } from '../../src/core/sheet/plan';
import { readScoreSheet } from '../../src/core/sheets/scores';

export function initiative(id: string, unit = 'LĐLĐ huyện Châu Thành', extra: Partial<Initiative> = {}): Initiative {
  return {
    id: id as InitiativeId,
    title: `Sáng kiến ${id}`,
    authors: ['Nguyễn Văn Tác Giả', 'Trần Thị Đồng Tác'],
    positions: ['Kỹ sư'],
    workplace: 'Công ty Điện lực Kiên Giang',
    unit,
    field: 'sx',
    benefitVnd: null,
    summary: `Tóm tắt ${id}`,
    source: null,
    duplicateOf: null,
    checks: [],
    ...extra,
  };
}

export function member(
  id: string,
  excludedUnits: readonly string[] = [],
  role: MemberRole = 'Ủy viên',
  name = `Thành viên ${id}`,
): Member {
  return { id: id as MemberId, name, position: 'Chuyên viên', unit: 'LĐLĐ tỉnh', role, excludedUnits };
}

export function skId(n: number): string {
  return `SK-${String(n).padStart(4, '0')}`;
}

export function tvId(n: number): string {
  return `TV${String(n).padStart(2, '0')}`;
}

/** What a host reads back after writing a plan: values as written, formulas not evaluated (null). */
export function planToGrid(plan: SheetPlan, name: string = plan.name): SheetGrid {
  const formulas = new Map<string, string>();
  const values: CellValue[][] = plan.rows.map((row, r) =>
    row.map((v: PlanValue, c) => {
      if (isPlanFormula(v)) {
        formulas.set(`${r},${c}`, v.formula);
        return null;
      }
      return v;
    }),
  );
  return { name, values, formulas };
}

export function gridOf(name: string, rows: readonly (readonly CellValue[])[]): SheetGrid {
  return { name, values: rows };
}

/** A grid with cells written (0-based), as a host's writeCells would leave it. */
export function applyWrites(
  grid: SheetGrid,
  writes: readonly { row: number; col: number; value: PlanValue }[],
): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  for (const w of writes) {
    while (values.length <= w.row) values.push([]);
    const row = values[w.row]!;
    while (row.length <= w.col) row.push(null);
    row[w.col] = isPlanFormula(w.value) ? null : w.value;
  }
  return { ...grid, values };
}

/** "Chấm điểm" as ranking reads it: the ScoreRow[] every council function takes. */
export function readScores(grid: SheetGrid, rubric: readonly Criterion[]): ScoreRow[] {
  return readScoreSheet(grid, rubric).rows;
}
