// Shared look of the working sheets ranking writes (not the formal documents: reports owns those).

import type { CellStyle } from '../sheet/plan';

export const WORK_FONT = { name: 'Times New Roman', size: 12 } as const;
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const NOTE_STYLE: CellStyle = { italic: true };
export const HEADER_STYLE: CellStyle = {
  bold: true,
  fill: '#D9E1F2',
  horizontal: 'center',
  vertical: 'center',
  wrap: true,
  border: 'thin',
};
export const TABLE_STYLE: CellStyle = { border: 'thin', vertical: 'top' };
export const SCORE_FORMAT: CellStyle = { numberFormat: '0.00' };
export const MONEY_FORMAT: CellStyle = { numberFormat: '#,##0' };
export const TEXT_FORMAT: CellStyle = { numberFormat: '@' };
