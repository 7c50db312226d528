// Reading "Sáng kiến" back: the sheet intake wrote, or one a clerk typed by hand in the documented
// layout. Columns are found by their names in any order; every cell is read leniently.

import { allMessageMaps } from '../messages';
import type { Dong, Initiative, InitiativeId } from '../model';
import type { Problem } from '../problems';
import { columnLetter, type SheetGrid } from '../sheet/grid';
import { splitAuthors, splitPositions } from '../text/authors';
import { foldPlain } from '../text/fold';
import { formatId, idNumber, parseId } from '../text/ids';
import { parseMoney } from '../text/money';
import { cleanLine, cleanText } from '../text/normalize';
import { CellReader } from './cells';
import { fieldMatcher } from './field-codes';
import { REGISTER_COLUMNS } from './sheet-plan';

type Column = (typeof REGISTER_COLUMNS)[number];

const FOLDED: ReadonlyMap<string, Column> = new Map(REGISTER_COLUMNS.map((c) => [foldPlain(c), c] as const));

/** "Kiểm tra" holds sentences; each is turned back into its code when a message template matches it. */
let templates: { code: string; re: RegExp }[] | null = null;
function codeOf(sentence: string): string {
  templates ??= allMessageMaps().flatMap((m) =>
    (['vi', 'en'] as const).flatMap((loc) =>
      Object.entries(m[loc]).map(([code, t]) => ({
        code,
        re: new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.*?')}$`),
      })),
    ),
  );
  return templates.find((t) => t.re.test(sentence))?.code ?? sentence;
}

export function readRegisterSheet(grid: SheetGrid): { initiatives: Initiative[]; problems: Problem[] } {
  const cells = new CellReader(grid, -1);
  const problems: Problem[] = [];
  const at = (code: string, severity: Problem['severity'], row: number | null, col: number | null, params?: Record<string, string | number>): void => {
    problems.push({ code, severity, sheet: grid.name, row, column: col === null ? null : columnLetter(col), ...(params ? { params } : {}) });
  };
  // The header: the first row naming "Mã SK" and "Tên sáng kiến" (a clerk may have put a title above).
  let headerRow = -1;
  const cols = new Map<Column, number>();
  for (let r = 0; r < Math.min(30, cells.rowCount) && headerRow < 0; r++) {
    const found = new Map<Column, number>();
    for (let c = 0; c < cells.width; c++) {
      const name = FOLDED.get(foldPlain(cells.text(r, c, false)));
      if (name !== undefined && !found.has(name)) found.set(name, c);
    }
    if (found.has('Mã SK') && found.has('Tên sáng kiến')) {
      headerRow = r;
      for (const [k, v] of found) cols.set(k, v);
    }
  }
  if (headerRow < 0) {
    at('intake.sheet.header.notFound', 'error', null, null);
    return { initiatives: [], problems };
  }
  const matchField = fieldMatcher();
  const text = (r: number, col: Column): string => {
    const c = cols.get(col);
    return c === undefined ? '' : cells.text(r, c, false);
  };
  const rows: { r: number; id: InitiativeId | null; idText: string }[] = [];
  let max = 0;
  for (let r = headerRow + 1; r < cells.rowCount; r++) {
    let any = false;
    for (const c of cols.values()) if (cells.value(r, c) !== null && cells.text(r, c, false) !== '') any = true;
    if (!any) continue;
    const idText = text(r, 'Mã SK');
    const id = parseId(idText);
    if (id !== null) max = Math.max(max, idNumber(id) ?? 0);
    rows.push({ r, id, idText });
  }

  const seen = new Set<string>();
  const initiatives: Initiative[] = [];
  let next = max + 1;
  for (const { r, id: parsed, idText } of rows) {
    const idCol = cols.get('Mã SK')!;
    let id = parsed;
    if (id === null) {
      // A row typed without an id gets the next free one, the same on every read until intake writes it.
      id = formatId(next++);
      at(idText === '' ? 'intake.sheet.id.missing' : 'intake.sheet.id.invalid', 'warning', r + 1, idCol, { value: idText, id });
    }
    if (seen.has(id)) {
      at('intake.sheet.id.duplicate', 'error', r + 1, idCol, { id });
      continue;
    }
    seen.add(id);
    const lead = splitAuthors(text(r, 'Tác giả')).names;
    const co = splitAuthors(text(r, 'Đồng tác giả')).names;
    const authors = [...lead, ...co];
    const fieldText = cleanLine(text(r, 'Lĩnh vực'));
    const field = fieldText === '' ? null : matchField(fieldText);
    if (fieldText !== '' && field === null) at('intake.field.unknown', 'warning', r + 1, cols.get('Lĩnh vực') ?? null, { value: fieldText });
    const moneyCol = cols.get('Giá trị làm lợi (đồng)');
    let benefitVnd: Dong | null = null;
    if (moneyCol !== undefined) {
      const money = parseMoney(cells.value(r, moneyCol), 'dong');
      if (money.kind === 'amount') benefitVnd = money.vnd;
      else if (money.kind === 'problem') at(money.code, 'error', r + 1, moneyCol, { value: text(r, 'Giá trị làm lợi (đồng)') });
    }
    // "DS!12", or "[Huyen A.xlsx]DS!12" when the register came as several files.
    const src = /^(?:\[([^\]]+)\])?(.*)!(\d+)$/.exec(text(r, 'Dòng gốc'));
    const dupText = text(r, 'Trùng với');
    const duplicateOf = dupText === '' ? null : parseId(dupText);
    if (dupText !== '' && duplicateOf === null) at('intake.sheet.duplicateOf.invalid', 'warning', r + 1, cols.get('Trùng với') ?? null, { value: dupText });
    const checks = cleanText(text(r, 'Kiểm tra'))
      .split('\n')
      .filter((l) => l !== '')
      .map(codeOf);
    initiatives.push({
      id,
      title: cleanLine(text(r, 'Tên sáng kiến')),
      authors,
      positions: splitPositions(text(r, 'Chức vụ'), authors.length),
      workplace: cleanLine(text(r, 'Đơn vị công tác')),
      unit: cleanLine(text(r, 'Công đoàn cấp trên')),
      field,
      benefitVnd,
      summary: text(r, 'Tóm tắt'),
      source: src ? { ...(src[1] !== undefined ? { file: src[1] } : {}), sheet: src[2]!, row: Number(src[3]) } : null,
      duplicateOf,
      checks: [...new Set(checks)],
    });
  }
  // A "Trùng với" pointing at no row is kept (the clerk may fix it) but said.
  for (const i of initiatives) {
    if (i.duplicateOf !== null && !seen.has(i.duplicateOf)) {
      const row = rows.find((x) => x.id === i.id)?.r;
      at('intake.sheet.duplicateOf.unknown', 'warning', row === undefined ? null : row + 1, cols.get('Trùng với') ?? null, { id: i.duplicateOf });
    }
  }
  return { initiatives, problems };
}
