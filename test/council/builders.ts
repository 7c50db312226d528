// Builders for council tests: records with sensible defaults, a plan turned into the grid a host
// would read back, a minimal score-sheet reader and the writes of a save applied to a grid.

import type { Criterion, Initiative, InitiativeId, Member, MemberId, MemberRole, ScoreRow } from '../../src/core/model';
import type { CellValue, SheetGrid } from '../../src/core/sheet/grid';
import { isCellError } from '../../src/core/sheet/grid';
import type { PlanValue, SheetPlan } from '../../src/core/sheet/plan';
import { isPlanFormula } from '../../src/core/sheet/plan';
import { readScoreLayout } from '../../src/core/council/score-layout';
import { parseScaled } from '../../src/core/council/cells';

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

export function member(id: string, excludedUnits: readonly string[] = [], role: MemberRole = 'Ủy viên', name = `Thành viên ${id}`): Member {
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
export function applyWrites(grid: SheetGrid, writes: readonly { row: number; col: number; value: PlanValue }[]): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  for (const w of writes) {
    while (values.length <= w.row) values.push([]);
    const row = values[w.row]!;
    while (row.length <= w.col) row.push(null);
    row[w.col] = isPlanFormula(w.value) ? null : w.value;
  }
  return { ...grid, values };
}

/** A plain reader of "Chấm điểm" for tests (ranking owns the real one). */
export function readScores(grid: SheetGrid, rubric: readonly Criterion[]): ScoreRow[] {
  const { layout } = readScoreLayout(grid, rubric);
  if (!layout) throw new Error('score sheet header not found');
  const out: ScoreRow[] = [];
  for (let r = layout.headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const text = (v: CellValue | undefined): string => (v === null || v === undefined || isCellError(v) ? '' : String(v).trim());
    const id = text(row[layout.id]);
    const mid = text(row[layout.member]);
    if (id === '' && mid === '') continue;
    const scores: Record<string, number | null | 'invalid'> = {};
    for (const c of layout.criteria) {
      const p = parseScaled(row[c.col], 1);
      scores[c.code] = p.ok ? p.value : p.reason === 'empty' ? null : 'invalid';
    }
    out.push({
      row: r + 1,
      initiativeId: id,
      memberId: mid,
      scores,
      comment: layout.comment === null ? '' : text(row[layout.comment]),
      conflict: layout.conflict === null ? false : text(row[layout.conflict]) !== '',
    });
  }
  return out;
}
