// The problem records of the council sheets, pointing at a cell, a row or the sheet. Reading the
// cells themselves (text, exact decimals) is the kit under every sheet: src/core/sheets/kit.ts.

import { columnLetter } from '../sheet/grid';
import type { Problem, Severity } from '../problems';

/** A problem about a cell, row or sheet; row and col are 0-based here and stored 1-based/lettered. */
export function problemAt(
  code: string,
  severity: Severity,
  sheet: string,
  row: number | null,
  col: number | null,
  params?: Readonly<Record<string, string | number>>,
): Problem {
  const base = {
    code,
    severity,
    sheet,
    row: row === null ? null : row + 1,
    column: col === null ? null : columnLetter(col),
  };
  return params === undefined ? base : { ...base, params };
}
