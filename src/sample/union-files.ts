// A register sent as one file per union (SPEC §3, several sources), the way a provincial clerk
// receives it: each office its own layout (a title block or none, one or two header rows, money in
// đồng, millions or thousands, workplaces merged down, co-authors one per row), some files typed
// entirely in TCVN3 (.VnTime) or VNI-Windows (VNI-Times), and initiatives registered by two unions.
// Every file comes with its truth. Deterministic for a seed.

import type { CellRect } from '../core/sheet/grid';
import { toTcvn3, toVni } from '../core/text';
import { createRng, type Rng } from './random';
import {
  authorsCell,
  draftInitiative,
  grouped,
  maybeNfd,
  moneyCell,
  type Draft,
  type GridCell,
  type RowTruth,
} from './register';
import { FIELD_LABELS, UNITS } from './vocabulary';

export type UnionLayout = 'province' | 'plain' | 'grouped' | 'merged';
export type UnionEncoding = 'unicode' | 'tcvn3' | 'vni';

export interface UnionTruthRow extends RowTruth {
  readonly file: string;
  /** Excel row number (1-based) of the initiative's first row. */
  readonly row: number;
  /** The earlier registration (another union's file) this row repeats, or null. */
  readonly duplicateOf: { readonly file: string; readonly row: number } | null;
}

export interface UnionFile {
  /** File name, e.g. "07-ldld-huyen-hon-dat.xlsx". */
  readonly name: string;
  readonly union: string;
  readonly sheet: string;
  readonly layout: UnionLayout;
  readonly encoding: UnionEncoding;
  /** The font every cell is drawn in (what tells a legacy file apart). */
  readonly font: string;
  readonly rows: GridCell[][];
  readonly merges: CellRect[];
  readonly truth: UnionTruthRow[];
}

export interface UnionFilesOptions {
  /** Initiatives over all files (copies included). */
  readonly count: number;
  readonly files?: number;
  readonly seed?: number;
  /** Share of rows that repeat another union's initiative. Default 0.03. */
  readonly duplicateShare?: number;
  /** Probability that a value is written in one of its messy forms. Default 0.35. */
  readonly mess?: number;
}

const MORE_UNIONS = [
  'Xây dựng',
  'Giao thông vận tải',
  'Công thương',
  'Ngân hàng',
  'Tài chính',
  'Bưu điện',
  'Điện lực',
  'Cao su',
  'Thủy sản',
  'Văn hóa',
  'Du lịch',
  'Tài nguyên',
  'Khoa học',
  'Tư pháp',
  'Thông tin',
  'Dệt may',
  'Hàng hải',
  'Thương mại',
];
const LAYOUTS: readonly UnionLayout[] = ['province', 'plain', 'grouped', 'merged'];
const FONT: Readonly<Record<UnionEncoding, string>> = {
  unicode: 'Times New Roman',
  tcvn3: '.VnTime',
  vni: 'VNI-Times',
};

function unionName(i: number): string {
  return (
    UNITS[i] ??
    `Công đoàn ngành ${MORE_UNIONS[(i - UNITS.length) % MORE_UNIONS.length]!}${i - UNITS.length >= MORE_UNIONS.length ? ` ${Math.floor((i - UNITS.length) / MORE_UNIONS.length) + 1}` : ''}`
  );
}

/** "LĐLĐ huyện Hòn Đất" → "ldld-huyen-hon-dat". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The money column of a layout: its header and how an amount is written in it. */
interface MoneyStyle {
  readonly header: string;
  readonly cell: (rng: Rng, vnd: number | null, mess: number) => GridCell;
}

const NO_AMOUNT = ['', 'Chưa tính được', 'Không tính được bằng tiền'];

const MONEY: Readonly<Record<UnionLayout, MoneyStyle>> = {
  province: { header: 'Giá trị làm lợi (đồng/năm)', cell: moneyCell },
  // In millions, as a number or written the Vietnamese way ("85,5").
  plain: {
    header: 'Giá trị làm lợi (triệu đồng)',
    cell: (rng, vnd, mess) => {
      if (vnd === null) return rng.pick(NO_AMOUNT);
      const m = vnd / 1_000_000;
      return rng.chance(mess)
        ? grouped(Math.trunc(m)) + (Number.isInteger(m) ? '' : `,${String(m).split('.')[1]!}`)
        : m;
    },
  },
  grouped: {
    header: 'Giá trị làm lợi (nghìn đồng)',
    cell: (rng, vnd) => (vnd === null ? rng.pick(NO_AMOUNT) : vnd / 1000),
  },
  merged: {
    header: 'Số tiền làm lợi (đồng)',
    cell: (rng, vnd, mess) => (vnd === null ? rng.pick(NO_AMOUNT) : rng.chance(mess) ? grouped(vnd) : vnd),
  },
};

interface Entry {
  readonly draft: Omit<Draft, 'row' | 'duplicateOf'>;
  readonly copyOf: UnionTruthRow | null;
}

/** The initiatives of one union: its own, and now and then one another union registered already. */
function entries(rng: Rng, union: string, n: number, earlier: readonly UnionTruthRow[], dupShare: number): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const original = earlier.length > 0 && rng.chance(dupShare) ? rng.pick(earlier) : null;
    if (original && original.duplicateOf === null) {
      const { title, authors, positions, workplace, field, benefitVnd } = original;
      out.push({
        draft: {
          title,
          authors: [...authors],
          positions: [...positions],
          workplace,
          unit: union,
          field,
          benefitVnd,
          summary: 'Đã áp dụng tại đơn vị.',
          phone: '',
        },
        copyOf: original,
      });
    } else out.push({ draft: draftInitiative(rng, union), copyOf: null });
  }
  return out;
}

/** Writes one union's file in its layout; returns its rows, merges and truth. */
function layOut(
  rng: Rng,
  file: string,
  union: string,
  layout: UnionLayout,
  list: readonly Entry[],
  mess: number,
): { rows: GridCell[][]; merges: CellRect[]; truth: UnionTruthRow[] } {
  const rows: GridCell[][] = [];
  const merges: CellRect[] = [];
  const truth: UnionTruthRow[] = [];
  const money = MONEY[layout];
  const record = (e: Entry, row: number): void => {
    const d = e.draft;
    truth.push({
      file,
      row,
      title: d.title,
      authors: d.authors,
      positions: d.positions,
      workplace: d.workplace,
      unit: union,
      field: d.field,
      benefitVnd: d.benefitVnd,
      duplicateOf: e.copyOf ? { file: e.copyOf.file, row: e.copyOf.row } : null,
    });
  };
  const field = (d: Entry['draft']): string => rng.pick(FIELD_LABELS[d.field]);

  if (layout === 'province') {
    // A title block, the header with its column-number row, the union in its own column.
    const header = [
      'STT',
      'Tên sáng kiến, giải pháp',
      'Họ và tên tác giả',
      'Chức vụ',
      'Đơn vị công tác',
      'Công đoàn cấp trên',
      'Lĩnh vực',
      money.header,
      'Ghi chú',
    ];
    rows.push(
      [union.toUpperCase()],
      ['DANH SÁCH SÁNG KIẾN ĐĂNG KÝ NĂM 2021'],
      [],
      header,
      header.map((_, i) => `(${i + 1})`),
    );
    merges.push({ row: 1, col: 0, rowCount: 1, colCount: header.length });
    list.forEach((e, i) => {
      const d = e.draft;
      record(e, rows.length + 1);
      rows.push([
        i + 1,
        maybeNfd(rng, d.title, mess),
        authorsCell(rng, d.authors, mess),
        d.positions.join('\n'),
        d.workplace,
        d.unit,
        field(d),
        money.cell(rng, d.benefitVnd, mess),
        '',
      ]);
    });
    rows.push(['', `Tổng cộng: ${list.length} sáng kiến`]);
  } else if (layout === 'plain') {
    // Header on row 1 in an order of its own, no union column: a section row names the union.
    rows.push(['TT', 'Tên giải pháp', 'Tác giả', 'Nơi công tác', 'Chức vụ', 'Lĩnh vực', money.header]);
    rows.push(['I', union]);
    list.forEach((e, i) => {
      const d = e.draft;
      record(e, rows.length + 1);
      rows.push([
        i + 1,
        d.title,
        authorsCell(rng, d.authors, mess),
        d.workplace,
        d.positions.join('; '),
        field(d),
        money.cell(rng, d.benefitVnd, mess),
      ]);
    });
  } else if (layout === 'grouped') {
    // Two header rows: "Tác giả" over its name and position; the other titles merged down.
    rows.push([`CÔNG ĐOÀN: ${union.toUpperCase()}`], []);
    rows.push([
      'STT',
      'Tên sáng kiến',
      'Tác giả',
      null,
      'Đơn vị công tác',
      'Công đoàn cấp trên',
      'Lĩnh vực',
      money.header,
    ]);
    rows.push([null, null, 'Họ và tên', 'Chức vụ', null, null, null, null]);
    for (const c of [0, 1, 4, 5, 6, 7]) merges.push({ row: 2, col: c, rowCount: 2, colCount: 1 });
    merges.push({ row: 2, col: 2, rowCount: 1, colCount: 2 });
    list.forEach((e, i) => {
      const d = e.draft;
      record(e, rows.length + 1);
      rows.push([
        i + 1,
        d.title,
        authorsCell(rng, d.authors, mess),
        d.positions.join('\n'),
        d.workplace,
        d.unit,
        field(d),
        money.cell(rng, d.benefitVnd, mess),
      ]);
    });
  } else {
    // Co-authors one per row under a title merged down; a workplace merged down over its initiatives.
    rows.push(['DANH SÁCH ĐĂNG KÝ SÁNG KIẾN'], [`Đơn vị: ${union}`]);
    rows.push([
      'STT',
      'Tên sáng kiến',
      'Tác giả',
      'Chức vụ',
      'Đơn vị công tác',
      'Công đoàn cấp trên',
      'Lĩnh vực',
      money.header,
    ]);
    let runStart = -1;
    let runWorkplace = '';
    const closeRun = (end: number): void => {
      if (runStart >= 0 && end - runStart > 1)
        merges.push({ row: runStart, col: 4, rowCount: end - runStart, colCount: 1 });
    };
    list.forEach((e, i) => {
      const d = e.draft;
      const start = rows.length;
      if (d.workplace !== runWorkplace) {
        closeRun(start);
        runStart = start;
        runWorkplace = d.workplace;
      }
      record(e, start + 1);
      const perRow = d.authors.length > 1 && rng.chance(0.5);
      const names = perRow ? d.authors : [authorsCell(rng, d.authors, mess)];
      names.forEach((name, k) => {
        const first = k === 0;
        const isRunHead = first && start === runStart;
        rows.push([
          first ? i + 1 : null,
          first ? d.title : null,
          name,
          perRow ? d.positions[k]! : d.positions.join('\n'),
          isRunHead ? d.workplace : null,
          first ? d.unit : null,
          first ? field(d) : null,
          first ? money.cell(rng, d.benefitVnd, mess) : null,
        ]);
      });
      if (perRow)
        for (const c of [0, 1, 5, 6, 7]) merges.push({ row: start, col: c, rowCount: d.authors.length, colCount: 1 });
    });
    closeRun(rows.length);
  }
  rows.push([], ['', '', '', '', '', 'Người lập biểu']);
  return { rows, merges, truth };
}

/** Every text cell in the file's encoding (numbers stay numbers). */
function encode(rows: GridCell[][], encoding: UnionEncoding): GridCell[][] {
  if (encoding === 'unicode') return rows;
  const enc = encoding === 'tcvn3' ? toTcvn3 : toVni;
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? enc(v) : v)));
}

export function generateUnionFiles(options: UnionFilesOptions): { files: UnionFile[]; truth: UnionTruthRow[] } {
  const rng = createRng(options.seed ?? 2021);
  const n = options.files ?? 30;
  const mess = options.mess ?? 0.35;
  const dupShare = options.duplicateShare ?? 0.03;
  const files: UnionFile[] = [];
  const truth: UnionTruthRow[] = [];
  for (let i = 0; i < n; i++) {
    const union = unionName(i);
    const name = `${String(i + 1).padStart(2, '0')}-${slug(union)}.xlsx`;
    const layout = LAYOUTS[i % LAYOUTS.length]!;
    // One file in five in TCVN3, one in five in VNI, as offices with old habits still send them.
    const encoding: UnionEncoding = i % 5 === 1 ? 'tcvn3' : i % 5 === 3 ? 'vni' : 'unicode';
    const share = Math.floor(options.count / n) + (i < options.count % n ? 1 : 0);
    const list = entries(rng, union, share, truth, dupShare);
    const made = layOut(rng, name, union, layout, list, mess);
    files.push({
      name,
      union,
      sheet: i % 3 === 0 ? 'Sheet1' : 'Danh sách',
      layout,
      encoding,
      font: FONT[encoding],
      rows: encode(made.rows, encoding),
      merges: made.merges,
      truth: made.truth,
    });
    truth.push(...made.truth);
  }
  return { files, truth };
}
