// A document of the core (header blocks, title, tables, signatures: `ReportDocument`) as a Word
// file, with the `docx` library: A4, the margins of Nghị định 30/2020, Times New Roman; the two
// header blocks as a borderless two-column table; each list as a bordered table whose header row
// repeats on every page; the signature block as a borderless table. Several documents make one
// file of several sections, each on new pages (one score form per member).

import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { HorizontalAlign } from '../../core/sheet/plan';
import {
  COLUMN_ALIGN,
  DECREE_MARGINS,
  DOCUMENT_FONT,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  placeDateLine,
} from '../../core/reports';
import { moneyText, scoreText } from '../../core/reports/context';
import type { DocBlock, DocCell, DocColumn, DocRow, DocTable, ReportDocument, Signature } from '../../core/reports';
import { documentNumber } from '../../core/reports/header';
import { balancedBreak, PX_PER_UNIT, textEms } from '../../core/reports/measure';
import { BOX_CM } from '../../core/reports/layout';
import { MARKER_PROPERTY, textMarker } from './marker';

/** A4 in twips (1/20 pt); `docx` turns it for landscape. */
const A4_TWIPS = { width: 11906, height: 16838 } as const;
const TWIPS_PER_CM = 1440 / 2.54;
/** Sizes in points: body and tables 13 (the decree's 13–14), the title 14, the national title 12. */
const BODY_PT = 13;
const TABLE_PT = 13;
/** Tables of more columns than this (the results, 14) are set a point smaller, as annex tables are. */
const WIDE_COLUMNS = 9;
const WIDE_TABLE_PT = 12;
const TITLE_PT = 14;
const NATIONAL_PT = 12;
/** Share of the text width the issuing body's block takes (the national title needs the rest). */
const LEFT_SHARE = 0.42;
/** Empty lines left to sign in. */
const SIGN_LINES = 4;

const ALIGN: Readonly<Record<HorizontalAlign, (typeof AlignmentType)[keyof typeof AlignmentType]>> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};
const CELL_MARGINS = { top: 30, bottom: 30, left: 80, right: 80 };

interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
}

/** Builds the runs of one file, keeping every text in document order for the file's marker. */
class Writer {
  readonly texts: string[] = [];

  run(r: Run, lineBreak = false): TextRun {
    this.texts.push(r.text);
    return new TextRun({
      text: r.text,
      ...(lineBreak ? { break: 1 } : {}),
      font: DOCUMENT_FONT,
      size: Math.round((r.size ?? BODY_PT) * 2),
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
    });
  }

  para(
    r: Run | null,
    options: {
      align?: HorizontalAlign;
      after?: number;
      before?: number;
      keepNext?: boolean;
      indent?: { left: number; right: number };
      rule?: boolean;
    } = {},
  ): Paragraph {
    return new Paragraph({
      // A heading broken by hand ("…\n…") is one paragraph of several lines.
      children: r && r.text !== '' ? r.text.split('\n').map((line, i) => this.run({ ...r, text: line }, i > 0)) : [],
      alignment: ALIGN[options.align ?? 'left'],
      spacing: { before: options.before ?? 0, after: options.after ?? 0 },
      ...(options.keepNext ? { keepNext: true, keepLines: true } : {}),
      ...(options.indent ? { indent: options.indent } : {}),
      ...(options.rule
        ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } } }
        : {}),
    });
  }
}

/** Text of a cell as it prints in Vietnamese: money "1.250.000.000", scores "92,50". */
function cellText(v: DocCell, kind: DocColumn['kind']): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (kind === 'money') return moneyText(v);
  if (kind === 'score') return scoreText(Math.round(v * 100));
  return String(v);
}

function isGroup(row: DocRow): row is { readonly group: string } {
  return !Array.isArray(row);
}

/** Twips of a text on one line, for the short rules under the header blocks. */
function textTwips(text: string, pt: number, bold: boolean): number {
  return textEms(text, bold) * pt * 20;
}

/** Excel column units of a width in twips (what the core's measures count in). */
function twipsToUnits(twips: number): number {
  return ((twips / 20) * (96 / 72)) / PX_PER_UNIT;
}

/** A heading too long for one line, broken where its two lines are most even. */
function balanced(text: string, twips: number, pt: number, bold: boolean): string {
  return balancedBreak(text, twipsToUnits(twips - 2 * CELL_MARGINS.left), pt, bold);
}

function noBorderCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: TableBorders.NONE,
    verticalAlign: VerticalAlign.TOP,
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftW: number, rightW: number): Table {
  return new Table({
    width: { size: leftW + rightW, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [noBorderCell(left, leftW), noBorderCell(right, rightW)] })],
  });
}

/** A rule under a centred line: a bottom border on an empty paragraph, indented to `share` of the cell. */
function rule(w: Writer, cell: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((cell - length) / 2));
  return w.para(null, { align: 'center', indent: { left: side, right: side }, rule: true, after: 60 });
}

function header(w: Writer, d: ReportDocument, textWidth: number): Table {
  const { spec } = d;
  const leftW = Math.round(textWidth * LEFT_SHARE);
  const rightW = textWidth - leftW;
  const council = spec.names.council.toUpperCase();
  const left = [
    w.para(
      { text: balanced(spec.names.federation.toUpperCase(), leftW, NATIONAL_PT, false), size: NATIONAL_PT },
      { align: 'center' },
    ),
    w.para({ text: balanced(council, leftW, NATIONAL_PT, true), bold: true, size: NATIONAL_PT }, { align: 'center' }),
    rule(w, leftW, Math.min(leftW * 0.8, textTwips(council, NATIONAL_PT, true) * 0.4)),
  ];
  if (spec.kindCode)
    left.push(
      w.para(
        { text: documentNumber(spec.kindCode, spec.names.council).replace(/ {2,}/g, '\u00a0'.repeat(8)) },
        { align: 'center', before: 60 },
      ),
    );
  const right = [
    w.para({ text: NATIONAL_TITLE, bold: true, size: NATIONAL_PT }, { align: 'center' }),
    w.para({ text: NATIONAL_MOTTO, bold: true, size: BODY_PT }, { align: 'center' }),
    rule(w, rightW, textTwips(NATIONAL_MOTTO, BODY_PT, true)),
    w.para(
      { text: placeDateLine(spec.names.place, spec.date), italic: true, size: BODY_PT },
      { align: 'center', before: 60 },
    ),
  ];
  return twoColumns(left, right, leftW, rightW);
}

const WRAPS: ReadonlySet<DocColumn['kind']> = new Set(['name', 'text', 'longText', 'short']);

/** Least twips a column needs: its longest word (header included), or its longest value when it does not wrap. */
function tablePt(t: DocTable): number {
  return t.columns.length > WIDE_COLUMNS ? WIDE_TABLE_PT : TABLE_PT;
}

/** Twips of a box a score is written in by hand: the same width as on the sheet. */
const BOX_TWIPS = Math.round((BOX_CM / 2.54) * 1440);

function neededTwips(t: DocTable, i: number): number {
  const col = t.columns[i]!;
  let ems = Math.max(...col.header.split(/\s+/).map((word) => textEms(word, true)));
  for (const row of t.rows) {
    if (isGroup(row)) continue;
    const text = cellText(row[i] ?? null, col.kind);
    // A wrapping column still never breaks inside a word.
    ems = Math.max(
      ems,
      WRAPS.has(col.kind) ? Math.max(0, ...text.split(/\s+/).map((word) => textEms(word))) : textEms(text),
    );
  }
  const twips = Math.ceil(ems * tablePt(t) * 20) + CELL_MARGINS.left + CELL_MARGINS.right + 100;
  return col.kind === 'box' ? Math.max(BOX_TWIPS, twips) : twips;
}

/** Ems of a wrapping column's text worth a line of its own. */
const WRAP_CAP_EMS: Readonly<Record<DocColumn['kind'], number>> = {
  index: 0,
  code: 0,
  money: 0,
  score: 0,
  count: 0,
  name: 12,
  text: 12,
  longText: 22,
  short: 5,
  box: 0,
};

/** Twips of the longest text of a column on one line (header words included). */
function contentTwips(t: DocTable, i: number): number {
  const col = t.columns[i]!;
  let ems = 0;
  for (const row of t.rows) if (!isGroup(row)) ems = Math.max(ems, textEms(cellText(row[i] ?? null, col.kind)));
  return ems * tablePt(t) * 20;
}

/**
 * Twips of each table column: a column that does not wrap (numbers, codes) exactly what it needs;
 * the wrapping ones share the rest in proportion to their widths on the sheet, each at least its
 * header's longest word. Spans sum the sheet's columns they cover.
 */
function columnTwips(t: DocTable, widths: readonly number[], textWidth: number): number[] {
  const grid = widths.length > 0 ? widths : t.columns.map(() => 1);
  const sheet: number[] = [];
  let c = 0;
  for (const col of t.columns) {
    let w = 0;
    for (let k = 0; k < (col.span ?? 1); k++) w += grid[c + k] ?? 0;
    c += col.span ?? 1;
    sheet.push(w);
  }
  const need = t.columns.map((_, i) => neededTwips(t, i));
  const wraps = t.columns.map((col) => WRAPS.has(col.kind));
  if (!wraps.some(Boolean)) {
    // Nothing wraps: every column as it is on the sheet, each at least what it needs.
    const total = sheet.reduce((a, b) => a + b, 0);
    return sheet.map((w, i) => Math.round(Math.max(need[i]!, (w / total) * textWidth)));
  }
  const fixed = need.reduce((a, n, i) => a + (wraps[i] ? 0 : n), 0);
  const rest = Math.max(0, textWidth - fixed);
  // Wrapping columns share by what they hold (their longest text, up to what is worth one line):
  // an empty notes column does not take the title's room.
  const weight = t.columns.map((col, i) =>
    wraps[i] ? Math.max(need[i]!, Math.min(contentTwips(t, i), WRAP_CAP_EMS[col.kind] * tablePt(t) * 20)) : 0,
  );
  const wrapTotal = weight.reduce((a, b) => a + b, 0);
  const out = t.columns.map((_, i) => (wraps[i] ? Math.max(need[i]!, (weight[i]! / wrapTotal) * rest) : need[i]!));
  // Columns raised to their need take that from the others that wrap.
  const over = out.reduce((a, w) => a + w, 0) - textWidth;
  if (over > 0) {
    const room = out.reduce((a, w, i) => a + (wraps[i] ? w - need[i]! : 0), 0);
    if (room > 0) out.forEach((w, i) => (out[i] = wraps[i] ? w - (w - need[i]!) * Math.min(1, over / room) : w));
  }
  return out.map((w) => Math.round(w));
}

function table(w: Writer, t: DocTable, widths: readonly number[], textWidth: number): Table {
  const cols = columnTwips(t, widths, textWidth);
  const size = tablePt(t);
  const cell = (
    text: string,
    i: number,
    opts: { bold?: boolean; align: HorizontalAlign; span?: number; width?: number },
  ): TableCell =>
    new TableCell({
      children: [w.para({ text, size, ...(opts.bold ? { bold: true } : {}) }, { align: opts.align })],
      width: { size: opts.width ?? cols[i]!, type: WidthType.DXA },
      verticalAlign: opts.bold && !opts.span ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: CELL_MARGINS,
      ...(opts.span ? { columnSpan: opts.span } : {}),
    });
  const head = new TableRow({
    tableHeader: t.repeatHeader !== false,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c.header, i, { bold: true, align: 'center' })),
  });
  const rows = t.rows.map((row) =>
    isGroup(row)
      ? new TableRow({
          cantSplit: true,
          children: [cell(row.group, 0, { bold: true, align: 'left', span: t.columns.length, width: textWidth })],
        })
      : new TableRow({
          cantSplit: true,
          ...(t.minRowPt ? { height: { value: t.minRowPt * 20, rule: HeightRule.ATLEAST } } : {}),
          children: t.columns.map((c, i) => cell(cellText(row[i] ?? null, c.kind), i, { align: COLUMN_ALIGN[c.kind] })),
        }),
  );
  return new Table({
    width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: [head, ...rows],
  });
}

function block(w: Writer, b: DocBlock, d: ReportDocument, textWidth: number): (Paragraph | Table)[] {
  if (b.kind === 'blank') return [w.para(null)];
  if (b.kind === 'table') return [table(w, b, d.widths, textWidth), w.para(null, { after: 60 })];
  return [
    w.para(
      { text: b.text, ...(b.bold ? { bold: true } : {}), ...(b.italic ? { italic: true } : {}) },
      { align: b.align ?? 'justify', after: 80, keepNext: b.bold === true },
    ),
  ];
}

function signer(w: Writer, sig: Signature, lines: number): Paragraph[] {
  const out = sig.lines.map((l) => w.para({ text: l.toUpperCase(), bold: true }, { align: 'center', keepNext: true }));
  for (let i = sig.lines.length; i < lines + SIGN_LINES; i++) out.push(w.para(null, { keepNext: true }));
  out.push(w.para({ text: sig.name, bold: true }, { align: 'center' }));
  return out;
}

function signatures(w: Writer, d: ReportDocument, textWidth: number): Table {
  const { spec } = d;
  const leftW = Math.round(textWidth * 0.45);
  const rightW = textWidth - leftW;
  const lines = Math.max(spec.signature.lines.length, spec.leftSignature?.lines.length ?? 0);
  let left: Paragraph[] = [w.para(null)];
  if (spec.leftSignature) left = signer(w, spec.leftSignature, lines);
  else if (spec.recipients && spec.recipients.length > 0) {
    left = [
      w.para({ text: 'Nơi nhận:', bold: true, italic: true, size: 12 }, { keepNext: true }),
      ...spec.recipients.map((r) => w.para({ text: r, size: 11 }, { keepNext: true })),
    ];
  }
  const right = signer(w, spec.signature, lines);
  const t = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [noBorderCell(left, leftW), noBorderCell(right, rightW)] })],
  });
  return t;
}

function section(w: Writer, d: ReportDocument): ISectionOptions {
  const landscape = d.orientation === 'landscape';
  const pageWidth = landscape ? A4_TWIPS.height : A4_TWIPS.width;
  const margin = {
    top: Math.round(DECREE_MARGINS.top * TWIPS_PER_CM),
    bottom: Math.round(DECREE_MARGINS.bottom * TWIPS_PER_CM),
    left: Math.round(DECREE_MARGINS.left * TWIPS_PER_CM),
    right: Math.round(DECREE_MARGINS.right * TWIPS_PER_CM),
  };
  const textWidth = pageWidth - margin.left - margin.right;
  const { spec } = d;
  const children: (Paragraph | Table)[] = [header(w, d, textWidth)];
  children.push(
    w.para(
      { text: spec.title.toUpperCase(), bold: true, size: TITLE_PT },
      { align: 'center', before: 360, keepNext: true },
    ),
  );
  for (const s of spec.subtitles ?? [])
    children.push(w.para({ text: s, bold: true }, { align: 'center', keepNext: true }));
  children.push(w.para(null));
  for (const b of spec.blocks) children.push(...block(w, b, d, textWidth));
  children.push(signatures(w, d, textWidth));
  return {
    properties: {
      page: {
        size: { ...A4_TWIPS, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin,
      },
    },
    children,
  };
}

/** The Word file of one or more documents (each a section on new pages). */
export async function renderDocx(documents: readonly ReportDocument[], title?: string): Promise<Uint8Array> {
  if (documents.length === 0) throw new Error('renderDocx: no document');
  const w = new Writer();
  const sections = documents.map((d) => section(w, d));
  const doc = new Document({
    creator: 'sangkien-council',
    title: title ?? documents[0]!.spec.title,
    // The file's text, hashed: a later run tells a file it wrote from one edited in Word.
    customProperties: [{ name: MARKER_PROPERTY, value: textMarker(w.texts.join('')) }],
    styles: { default: { document: { run: { font: DOCUMENT_FONT, size: BODY_PT * 2 } } } },
    sections,
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
