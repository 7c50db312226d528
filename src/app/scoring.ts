// The scoring form's use cases (SPEC §2.4): a reviewer's queue read from "Chấm điểm", one item saved
// by writing only the cells of that reviewer's row that changed, and reviewer packets out (each
// opened as a new workbook) and back in. The task pane's scoring step calls these, never Excel.run.

import { formWrites, scoringQueue, type FormInput, type FormSave, type QueueItem, type ScoringQueue } from '../core/council';
import { readScoreLayout, type ScoreLayout } from '../core/sheets/scores';
import { draftsKey } from '../core/council/checksum';
import type { Locale } from '../core/messages';
import type { Criterion, FieldCode, Initiative, Member, ScoreRow } from '../core/model';
import type { Problem } from '../core/problems';
import type { ProgressCallback, WorkbookPort, XlsxLoader } from '../workbook/port';
import { loadBook } from './book';
import { buildPackets, collectPackets, type CollectOutcome } from './packets';

export interface ScoringBook {
  /** The score sheet's name as it is in the workbook. */
  readonly sheet: string;
  /** Null when the header of "Chấm điểm" cannot be found (problems say why). */
  readonly layout: ScoreLayout | null;
  readonly rubric: readonly Criterion[];
  /** Members with at least one assigned row, in council order, with how many rows. */
  readonly reviewers: readonly { readonly member: Member; readonly assigned: number }[];
  readonly rows: readonly ScoreRow[];
  readonly initiatives: readonly Initiative[];
  readonly fieldNames: Readonly<Record<FieldCode, string>>;
  /**
   * Names this council's workbook for drafts kept in the browser: a checksum of the assigned pairs,
   * which scores never change, so a draft finds its way back only to the same assignment.
   */
  readonly workbookKey: string;
  readonly problems: readonly Problem[];
}

export type ScoringLoad =
  | { readonly ok: true; readonly book: ScoringBook }
  | { readonly ok: false; readonly reason: 'noRegister' | 'noScores' | 'noLayout' | 'noReviewers'; readonly problems: readonly Problem[] };

/** Everything the scoring form needs, in one batch read. */
export async function loadScoring(port: WorkbookPort): Promise<ScoringLoad> {
  const book = await loadBook(port);
  if (!book.register) return { ok: false, reason: 'noRegister', problems: book.problems };
  const grid = book.grids.scores;
  if (!grid || !book.scores) return { ok: false, reason: 'noScores', problems: book.problems };
  const { layout, problems } = readScoreLayout(grid, book.rules.rubric);
  // A header gone or a criterion column removed: the fix is in the sheet, not a new assignment.
  if (!layout) return { ok: false, reason: 'noLayout', problems: [...problems, ...book.problems.filter((p) => p.sheet === grid.name)] };
  const counts = new Map<string, number>();
  const pairs: string[] = [];
  for (const r of book.scores) {
    counts.set(r.memberId, (counts.get(r.memberId) ?? 0) + 1);
    pairs.push(`${r.initiativeId}/${r.memberId}`);
  }
  const reviewers = book.members.filter((m) => counts.has(m.id)).map((member) => ({ member, assigned: counts.get(member.id) ?? 0 }));
  if (reviewers.length === 0) return { ok: false, reason: 'noReviewers', problems: [...book.problems, ...problems] };
  return {
    ok: true,
    book: {
      sheet: grid.name,
      layout,
      rubric: book.rules.rubric,
      reviewers,
      rows: book.scores,
      initiatives: book.register.initiatives,
      fieldNames: book.rules.fieldNames,
      workbookKey: draftsKey([grid.name, ...pairs]),
      problems: [...book.problems, ...problems],
    },
  };
}

/** A reviewer's queue as the book was read. */
export function reviewerQueue(book: ScoringBook, memberId: string): ScoringQueue {
  return scoringQueue(memberId, book.rows, book.initiatives, book.rubric, book.fieldNames);
}

/**
 * Saves one item: validates what was typed and writes only the cells of the reviewer's own row that
 * differ from what this session read, so a co-reviewer's save in between is never undone.
 * Nothing is written when any input is refused (the result's errors say which).
 */
export async function saveItem(port: WorkbookPort, book: ScoringBook, item: QueueItem, input: FormInput): Promise<FormSave> {
  if (!book.layout) return { writes: [], errors: {}, saved: null };
  const save = formWrites(item, input, book.rubric, book.layout);
  if (save.saved && save.writes.length > 0) await port.apply([{ kind: 'writeCells', sheet: book.sheet, cells: save.writes }]);
  return save;
}

/** Opens a base64 .xlsx as a new workbook: Excel.createWorkbook in Excel, recorded by the simulated Excel. */
export type CreateWorkbook = (base64: string) => Promise<void>;

export interface PacketsOpened {
  readonly opened: readonly { readonly memberId: string; readonly memberName: string; readonly fileName: string; readonly items: number }[];
  readonly problems: readonly Problem[];
}

/** Standard base64 of bytes, in slices so a large packet never overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) text += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(text);
}

/**
 * Builds one blind packet per reviewer and opens each as a new workbook. The .xlsx writer (exceljs)
 * is loaded here, on demand, so it never weighs on the task pane's first load.
 */
export async function openPackets(
  port: WorkbookPort,
  createWorkbook: CreateWorkbook,
  loadXlsx: XlsxLoader,
  locale: Locale = 'vi',
  progress?: ProgressCallback,
): Promise<PacketsOpened> {
  const { packets, problems } = await buildPackets(port, locale);
  if (packets.length === 0) return { opened: [], problems };
  const xlsx = await loadXlsx();
  const opened: { memberId: string; memberName: string; fileName: string; items: number }[] = [];
  progress?.(0, packets.length);
  for (const p of packets) {
    const file = xlsx.create();
    // The packet's own meta sheet (marker, reviewer, checksum) stays out of the reviewer's sight.
    await file.apply(p.plans.map((plan) => (plan.role === 'meta' ? { kind: 'writePlan' as const, plan, visibility: 'hidden' as const } : { kind: 'writePlan' as const, plan })));
    await createWorkbook(toBase64(await file.toBuffer()));
    opened.push({ memberId: p.memberId, memberName: p.memberName, fileName: p.fileName, items: p.items });
    progress?.(opened.length, packets.length);
  }
  return { opened, problems };
}

export interface ReturnedFile {
  readonly name: string;
  readonly bytes: ArrayBuffer | Uint8Array;
}

export interface ReceivedPacket extends CollectOutcome {
  /** True when the file is not an .xlsx workbook at all (nothing was read from it). */
  readonly unreadable: boolean;
}

/**
 * Reads returned packet files with the .xlsx reader (loaded on demand) and collects them into
 * "Chấm điểm": a refused packet writes nothing, a differing score is listed and never overwritten.
 */
export async function receivePackets(
  port: WorkbookPort,
  files: readonly ReturnedFile[],
  loadXlsx: XlsxLoader,
): Promise<ReceivedPacket[]> {
  const xlsx = await loadXlsx();
  const read: { source: string; grids: Awaited<ReturnType<WorkbookPort['readSheets']>> }[] = [];
  const readable: boolean[] = [];
  for (const f of files) {
    try {
      const wb = await xlsx.open(f.bytes);
      const sheets = await wb.listSheets();
      read.push({ source: f.name, grids: await wb.readSheets(sheets.map((s) => ({ name: s.name }))) });
      readable.push(true);
    } catch {
      // Not a workbook (a PDF, a photo, a damaged download): say so for this file and go on.
      readable.push(false);
    }
  }
  const outcomes = read.length > 0 ? await collectPackets(port, read) : [];
  let next = 0;
  return files.map((f, i) => {
    const o = readable[i] ? outcomes[next++] : undefined;
    if (o) return { ...o, unreadable: false };
    return { source: f.name, memberId: null, written: 0, conflicts: [], refusals: [], problems: [], unreadable: true };
  });
}
