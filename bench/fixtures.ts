// Deterministic national-scale inputs for the benchmark: a register grid, its council, and three
// filled reviews per initiative, built from the test generators.

import { assign } from '../src/core/council';
import { readCouncil } from '../src/core/sheets/members';
import { readRegister } from '../src/core/intake';
import type { SheetGrid } from '../src/core/sheet/grid';
import { generateCouncil, generateScores } from '../src/sample/council';
import { generateRegister } from '../src/sample/register';

export function registerGrid(count: number): SheetGrid {
  const g = generateRegister({ count, seed: 2021 });
  return { name: g.sheet, values: g.rows, merges: g.merges };
}

export function councilGrid(size = 15): SheetGrid {
  return { name: 'Hội đồng', values: generateCouncil(size).rows };
}

/** Register, council and a filled "Chấm điểm" grid for `count` initiatives. */
export function fullBook(count: number): { register: SheetGrid; council: SheetGrid; scores: SheetGrid } {
  const register = registerGrid(count);
  const council = councilGrid();
  const initiatives = readRegister([register]).initiatives;
  const members = readCouncil(council).members;
  const pairs = assign(initiatives, members, 3).pairs;
  return { register, council, scores: { name: 'Chấm điểm', values: generateScores(pairs) } };
}
