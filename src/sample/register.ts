// Generates consolidated registers shaped like the ones provinces hand over (title block, header
// with a column-number row, a section per upper-level union, subtotals, a signature block) with
// the messiness clerks meet: money written many ways, co-authors in one cell, decomposed Unicode,
// the same initiative registered by two unions. Each register comes with its truth, so tests on a
// fresh clone (no ../shared) can still measure intake. Deterministic for a given seed.

import type { CellRect } from '../core/sheet/grid';
import { contentOf, FIELD_CODES, type FieldCode } from '../core/model';
import { createRng, type Rng } from './random';
import { FAMILY, FIELD_LABELS, GIVEN, MIDDLE, POSITIONS, TITLES, TOPICS, UNITS, WORKPLACES } from './vocabulary';

export type GridCell = string | number | null;

/** What intake should read from one initiative's row, however the register was sent. */
export interface RowTruth {
  readonly title: string;
  readonly authors: readonly string[];
  readonly positions: readonly string[];
  readonly workplace: string;
  readonly unit: string;
  readonly field: FieldCode;
  readonly benefitVnd: number | null;
}

export interface TruthRow extends RowTruth {
  /** Excel row number (1-based). */
  readonly row: number;
  readonly summary: string;
  readonly phone: string;
  /** Excel row of the earlier row this one duplicates, or null. */
  readonly duplicateOfRow: number | null;
}

export interface GeneratedRegister {
  readonly sheet: string;
  /** 1-based row of the header. */
  readonly headerRow: number;
  readonly rows: GridCell[][];
  readonly merges: CellRect[];
  readonly truth: TruthRow[];
}

export interface RegisterOptions {
  /** Number of initiatives (duplicates included). */
  readonly count: number;
  readonly seed?: number;
  /** Probability that a value is written in one of its messy forms (0 = all clean). Default 0.35. */
  readonly mess?: number;
  /** Share of rows that are a second union's copy of an earlier initiative. Default 0.02. */
  readonly duplicateShare?: number;
}

const HEADER = [
  'STT',
  'Tên sáng kiến, giải pháp',
  'Họ và tên tác giả',
  'Chức vụ',
  'Đơn vị công tác',
  'Công đoàn cấp trên',
  'Lĩnh vực',
  'Thời gian áp dụng',
  'Giá trị làm lợi (đồng/năm)',
  'Tóm tắt nội dung, hiệu quả',
  'Điện thoại',
  'Ghi chú',
] as const;
const WIDTH = HEADER.length;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

export interface Draft {
  title: string;
  authors: string[];
  positions: string[];
  workplace: string;
  unit: string;
  field: FieldCode;
  benefitVnd: number | null;
  summary: string;
  phone: string;
  duplicateOf: Draft | null;
  row: number;
}

function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

/** Benefit in whole đồng, mostly round to 100,000 as registers write them; some initiatives have none. */
function benefit(rng: Rng): number | null {
  if (rng.chance(0.25)) return null;
  const band = rng.next();
  if (band < 0.6) return rng.int(10, 999) * 100_000;
  if (band < 0.9) return rng.int(100, 999) * 1_000_000;
  return rng.int(10, 60) * 100_000_000;
}

/** Dot-grouped thousands, the Vietnamese way: 1250000 → "1.250.000". */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** One of the ways offices write an amount; each form reads back to exactly `vnd`. */
export function moneyCell(rng: Rng, vnd: number | null, mess: number): GridCell {
  if (vnd === null) return rng.pick(['', 'Chưa tính được', 'Không tính được bằng tiền', 'Hiệu quả xã hội']);
  if (!rng.chance(mess)) return vnd;
  const forms: (() => GridCell)[] = [() => grouped(vnd), () => `${grouped(vnd)} đ`, () => `${grouped(vnd)} đồng`];
  if (vnd % 100_000 === 0 && vnd < 1_000_000_000) {
    const millions = vnd / 1_000_000;
    const text = Number.isInteger(millions) ? String(millions) : millions.toFixed(1).replace('.', ',');
    forms.push(
      () => `${text} triệu đồng`,
      () => `${text} triệu`,
    );
  }
  if (vnd % 100_000_000 === 0 && vnd >= 1_000_000_000) {
    const billions = vnd / 1_000_000_000;
    const text = Number.isInteger(billions) ? String(billions) : billions.toFixed(1).replace('.', ',');
    forms.push(
      () => `${text} tỷ`,
      () => `${text} tỷ đồng`,
    );
  }
  return rng.pick(forms)();
}

export function authorsCell(rng: Rng, authors: readonly string[], mess: number): string {
  if (authors.length === 1) return rng.chance(mess * 0.2) ? `${authors[0]} (chủ trì)` : authors[0]!;
  const sep = rng.chance(mess) ? rng.pick(['; ', ' - ', '\n', ' và ']) : ', ';
  const lead = rng.chance(mess * 0.3) ? `${authors[0]} (chủ trì)` : authors[0]!;
  // " và " joins only the last two, as people write it.
  if (sep === ' và ') return [lead, ...authors.slice(1, -1)].join(', ') + ' và ' + authors[authors.length - 1]!;
  return [lead, ...authors.slice(1)].join(sep);
}

/** Some offices' tools save decomposed Unicode (NFD); a careful reader normalises it. */
export function maybeNfd(rng: Rng, text: string, mess: number): string {
  return rng.chance(mess * 0.15) ? text.normalize('NFD') : text;
}

export function draftInitiative(rng: Rng, unit: string): Omit<Draft, 'row' | 'duplicateOf'> {
  const field = rng.pick(FIELD_CODES);
  const workplace = rng.pick(WORKPLACES[field]);
  const title = rng.pick(TITLES[field]).replace('{x}', rng.pick(TOPICS)).replace('{w}', workplace);
  const n = rng.chance(0.55) ? 1 : rng.int(2, 4);
  const authors = Array.from({ length: n }, () => personName(rng));
  const positions = authors.map(() => rng.pick(POSITIONS[field]));
  const pct = rng.int(10, 60);
  const summary = `Tiết kiệm chi phí khoảng ${pct}% so với trước khi áp dụng; đã nhân rộng tại ${rng.int(1, 9)} đơn vị.`;
  const phone = rng.chance(0.6) ? `09${rng.int(10_000_000, 99_999_999)}` : '';
  return { title, authors, positions, workplace, unit, field, benefitVnd: benefit(rng), summary, phone };
}

/** A consolidated register of `count` initiatives in the layout of a provincial federation's report. */
export function generateRegister(options: RegisterOptions): GeneratedRegister {
  const rng = createRng(options.seed ?? 2021);
  const mess = options.mess ?? 0.35;
  const dupShare = options.duplicateShare ?? 0.02;
  const rows: GridCell[][] = [];
  const merges: CellRect[] = [];
  const blank = (): GridCell[] => Array.from({ length: WIDTH }, () => null);
  const mergeAcross = (row: number, col: number, span: number): void => {
    merges.push({ row, col, rowCount: 1, colCount: span });
  };

  // Title block: left and right header blocks, the title, the attachment note.
  const t1 = blank();
  t1[0] = 'LIÊN ĐOÀN LAO ĐỘNG TỈNH KIÊN GIANG';
  t1[7] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  rows.push(t1);
  mergeAcross(0, 0, 4);
  mergeAcross(0, 7, 5);
  const t2 = blank();
  t2[0] = 'BAN TUYÊN GIÁO';
  t2[7] = 'Độc lập - Tự do - Hạnh phúc';
  rows.push(t2);
  mergeAcross(1, 0, 4);
  mergeAcross(1, 7, 5);
  rows.push(blank());
  const t4 = blank();
  t4[0] = 'DANH SÁCH TỔNG HỢP SÁNG KIẾN ĐĂNG KÝ THAM GIA CHƯƠNG TRÌNH “75 NGHÌN SÁNG KIẾN, VƯỢT KHÓ, PHÁT TRIỂN”';
  rows.push(t4);
  mergeAcross(3, 0, WIDTH);
  const t5 = blank();
  t5[0] = '(Kèm theo Báo cáo số 58/BC-LĐLĐ ngày 12/4/2021 của Liên đoàn Lao động tỉnh)';
  rows.push(t5);
  mergeAcross(4, 0, WIDTH);
  rows.push(blank());
  rows.push([...HEADER]);
  const headerRow = rows.length;
  rows.push(HEADER.map((_, i) => `(${i + 1})`));

  // Spread initiatives over unions; a duplicate is an earlier initiative registered again by another union.
  const sectionCount = Math.min(UNITS.length, Math.max(1, Math.ceil(options.count / 40)));
  const perSection = Math.ceil(options.count / sectionCount);
  const drafts: Draft[] = [];
  const truth: TruthRow[] = [];
  let made = 0;
  let stt = 0;
  for (let s = 0; s < sectionCount && made < options.count; s++) {
    const unit = UNITS[s]!;
    const section = blank();
    section[0] = ROMAN[s] ?? String(s + 1);
    section[1] = unit.toUpperCase();
    rows.push(section);
    mergeAcross(rows.length - 1, 1, WIDTH - 1);
    let inSection = 0;
    for (; inSection < perSection && made < options.count; inSection++, made++) {
      const original = drafts.length > 10 && rng.chance(dupShare) ? rng.pick(drafts) : null;
      const base = original && original.unit !== unit && original.duplicateOf === null ? original : null;
      const d: Draft = base
        ? { ...base, unit, duplicateOf: base, row: rows.length + 1 }
        : { ...draftInitiative(rng, unit), duplicateOf: null, row: rows.length + 1 };
      drafts.push(d);
      stt += 1;
      const r = blank();
      r[0] = rng.chance(mess * 0.5) ? String(stt) : stt;
      r[1] = maybeNfd(rng, rng.chance(mess * 0.2) ? ` ${d.title} ` : d.title, mess);
      r[2] = maybeNfd(rng, authorsCell(rng, d.authors, mess), mess);
      r[3] = d.positions.join('\n');
      r[4] = d.workplace;
      r[5] = d.unit;
      r[6] = rng.pick(FIELD_LABELS[d.field]);
      r[7] = rng.pick(['01/2021', '03/2021', '12/2019', 'Từ tháng 10/2020', '05/2019']);
      r[8] = moneyCell(rng, d.benefitVnd, mess);
      r[9] = d.summary;
      r[10] = d.phone;
      r[11] = '';
      rows.push(r);
      truth.push({
        row: d.row,
        ...contentOf(d),
        phone: d.phone,
        duplicateOfRow: d.duplicateOf ? d.duplicateOf.row : null,
      });
    }
    const subtotal = blank();
    subtotal[1] = `Cộng: ${inSection} sáng kiến`;
    rows.push(subtotal);
  }
  const total = blank();
  total[1] = `TỔNG CỘNG: ${made} sáng kiến`;
  rows.push(total);
  rows.push(blank());
  const sign1 = blank();
  sign1[8] = 'TM. BAN THƯỜNG VỤ';
  rows.push(sign1);
  const sign2 = blank();
  sign2[8] = 'PHÓ CHỦ TỊCH';
  rows.push(sign2);
  rows.push(blank(), blank());
  const sign3 = blank();
  sign3[8] = 'Trần Thanh Việt';
  rows.push(sign3);

  return { sheet: 'Tong hop', headerRow, rows, merges, truth };
}
