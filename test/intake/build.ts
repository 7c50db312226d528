// Small hand-made registers for intake tests: a grid literal with the metadata a host would read.

import type { CellRect, CellValue, SheetGrid } from '../../src/core/sheet/grid';
import { cellKey } from '../../src/core/sheet/grid';
import type { IntakeResult } from '../../src/core/intake';

export interface GridExtras {
  merges?: CellRect[] | undefined;
  hiddenColumns?: number[];
  /** Font per "A1"-free key: [row, col, font] (0-based). */
  fonts?: [number, number, string][];
  defaultFont?: string;
}

/** A sheet from rows of values; merges default to none (a modern Excel that read them). */
export function sheet(name: string, rows: CellValue[][], extras: GridExtras = {}): SheetGrid {
  const merges = 'merges' in extras ? extras.merges : [];
  return {
    name,
    values: rows,
    ...(merges !== undefined ? { merges } : {}),
    ...(extras.hiddenColumns ? { hiddenColumns: new Set(extras.hiddenColumns) } : {}),
    ...(extras.fonts ? { fonts: new Map(extras.fonts.map(([r, c, f]) => [cellKey(r, c), f])) } : {}),
    ...(extras.defaultFont !== undefined ? { defaultFont: extras.defaultFont } : {}),
  };
}

export const HEADER = ['STT', 'Tên sáng kiến', 'Tác giả', 'Chức vụ', 'Đơn vị công tác', 'Công đoàn cấp trên', 'Lĩnh vực', 'Giá trị làm lợi (đồng)'];

/** A plain register: the standard header on row 1, then the given rows. */
export function plain(rows: CellValue[][], extras: GridExtras = {}, header: string[] = HEADER): SheetGrid {
  return sheet('DS', [header, ...rows], extras);
}

/** A data row of the standard header. */
export function row(n: number, title: string, authors: string, extra: Partial<Record<'position' | 'workplace' | 'unit' | 'field', string>> & { benefit?: CellValue } = {}): CellValue[] {
  return [n, title, authors, extra.position ?? 'Kỹ sư', extra.workplace ?? 'Công ty A', extra.unit ?? 'LĐLĐ thành phố Rạch Giá', extra.field ?? 'Sản xuất kinh doanh', extra.benefit ?? null];
}

/** What a clerk reads from each initiative, compactly. */
export function read(result: IntakeResult): { row: number; title: string; authors: string; benefit: number | null; unit: string; field: string | null; workplace: string; dup: string | null }[] {
  return result.initiatives.map((i) => ({
    row: i.source?.row ?? 0,
    title: i.title,
    authors: i.authors.join(' | '),
    benefit: i.benefitVnd,
    unit: i.unit,
    field: i.field,
    workplace: i.workplace,
    dup: i.duplicateOf,
  }));
}

/** Problems as "code@A1" strings, for short assertions. */
export function where(result: IntakeResult): string[] {
  return result.problems.map((p) => `${p.code}@${p.column ?? ''}${p.row ?? ''}`);
}
