// What every report needs from the ranking result, computed once: the document date, initiatives
// by id, and the words a document uses for tiers, statuses, flags and money.

import type { Rules, TierName } from '../council/rules';
import type { Initiative, Member } from '../model';
import { message } from '../messages';
import type { Problem } from '../problems';
import type { SheetPlan } from '../sheet/plan';
import { foldForMatch } from '../text/fold';
import type { Flag, InitiativeResult, ListEntry, RankResult } from '../ranking/types';
import { documentDate, parseDocDate, type DocDate } from './date';
import type { DocumentSpec } from './document';

/** What a report sheet is built from. */
export interface ReportInput {
  readonly result: RankResult;
  readonly members: readonly Member[];
  readonly rules: Rules;
  /** The host's today ("2021-05-05" or a DocDate), used when "Cấu hình" sets no document date. */
  readonly today: DocDate | string;
}

/** A generated sheet and what the clerk should know about it. */
export interface ReportSheet {
  readonly plan: SheetPlan;
  /** The document itself (header, title, tables, signatures), for the .docx writer. */
  readonly spec: DocumentSpec;
  readonly problems: readonly Problem[];
}

export interface ReportContext {
  readonly input: ReportInput;
  readonly date: DocDate;
  readonly problems: Problem[];
  /** Initiative result by Mã SK. */
  byId(id: string): InitiativeResult | undefined;
}

/** Falls back to 1 January 1970 only when the host passed no readable date either (a bug). */
const EPOCH: DocDate = { year: 1970, month: 1, day: 1 };

export function reportContext(input: ReportInput, sheet: string): ReportContext {
  const today = typeof input.today === 'string' ? (parseDocDate(input.today) ?? EPOCH) : input.today;
  const { date, invalid } = documentDate(input.rules.documents.date, today);
  const problems: Problem[] = [];
  if (invalid !== null) {
    problems.push({ code: 'reports.date.invalid', severity: 'warning', sheet, row: null, column: null, params: { value: invalid } });
  }
  return {
    input,
    date,
    problems,
    byId: (id) => resultIndex(input.result).get(id),
  };
}

/** Results by Mã SK, one index per ranking shared by every report that looks one up. */
const indexes = new WeakMap<RankResult, Map<string, InitiativeResult>>();

function resultIndex(result: RankResult): Map<string, InitiativeResult> {
  let index = indexes.get(result);
  if (!index) {
    index = new Map();
    for (const r of result.initiatives) index.set(r.initiative.id, r);
    indexes.set(result, index);
  }
  return index;
}

/** "GIẢI NHẤT" style group heading of a tier. */
export function tierHeading(tier: TierName): string {
  return `GIẢI ${tier.toUpperCase()}`;
}

/** Points from hundredths, as a number the sheet formats "0.00". */
export function points(h: number | null): number | null {
  return h === null ? null : h / 100;
}

/** Money the way Vietnamese documents write it in running text: 1250000000 → "1.250.000.000". */
export function moneyText(dong: number): string {
  return Math.round(dong)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Hundredths with a decimal comma for running text: 8533 → "85,33". */
export function scoreText(h: number): string {
  const whole = Math.floor(h / 100);
  return `${whole},${String(h % 100).padStart(2, '0')}`;
}

/** A flag as a short sentence for the "Ghi chú" column (the ranking's own words). */
export function flagNote(flag: Flag): string {
  return message('vi', flag.code, flag.params);
}

/** The "Ghi chú" of a row: flags, the council's ruling, and once votes are in, the ballot. */
export function notes(parts: readonly (string | null | undefined)[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts) {
    const t = p?.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out.join('; ');
}

/** The position written for a person on an initiative: the one aligned with their name among its authors. */
export function positionOf(initiative: Initiative, name: string): string {
  const want = foldForMatch(name);
  const i = initiative.authors.findIndex((a) => foldForMatch(a) === want);
  return (initiative.positions[i >= 0 ? i : 0] ?? '').trim();
}

/** "Chức vụ, đơn vị công tác" in one cell, as official lists write it. */
export function positionAndWorkplace(position: string, workplace: string): string {
  const p = position.trim();
  const w = workplace.trim();
  if (p === '') return w;
  if (w === '') return p;
  return `${p}, ${w}`;
}

/** Ballot words for a list entry once votes are entered ("Đồng ý 8/10"), else empty. */
export function ballotNote(entry: ListEntry, members: number): string {
  if (entry.yes === null) return '';
  return `Đồng ý ${entry.yes}/${members}`;
}

/** The entries of a list a document shows: all of them before the ballot, only those that passed after. */
export function shownEntries(result: RankResult, list: readonly ListEntry[]): readonly ListEntry[] {
  if (!result.ballot.votesEntered) return list;
  return list.filter((e) => e.ballot === 'passed');
}

/** Standard recipients of a list sent up ("Nơi nhận"). */
export function recipients(first: string): string[] {
  return [`- ${first};`, '- Thường trực Liên đoàn Lao động tỉnh;', '- Lưu: VT, Hội đồng.'];
}

/** The configured signer, else the council member holding that role (so a blank "Cấu hình" still names them). */
export function signerName(configured: string, members: readonly Member[], role: Member['role']): string {
  if (configured.trim() !== '') return configured.trim();
  return members.find((m) => m.role === role)?.name.trim() ?? '';
}

/** The chair's signature block. */
export function chairSignature(rules: Rules, members: readonly Member[]): { lines: string[]; name: string } {
  return {
    lines: ['TM. HỘI ĐỒNG', rules.documents.chairTitle || 'CHỦ TỊCH'],
    name: signerName(rules.documents.chairName, members, 'Chủ tịch'),
  };
}

/** Flags about a whole list (too few persons, over the maximum…) as italic lines under its table. */
export function listFlagParagraphs(result: RankResult, list: 'ubnd' | 'national' | 'media'): { kind: 'paragraph'; text: string; italic: true; align: 'left' }[] {
  const key = list.toLowerCase();
  return result.listFlags
    .filter((f) => f.code.toLowerCase().includes(key))
    .map((f) => ({ kind: 'paragraph' as const, text: `Lưu ý: ${flagNote(f)}`, italic: true as const, align: 'left' as const }));
}

/** Cuts text to about `max` characters at a word boundary, marking the cut. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max / 2 ? cut : max)}…`;
}
