// The council step's logic without React: members and rules edited as text, checked by the very
// readers that read the sheets (readCouncil, readConfig) over a grid built from the draft, so the
// pane and the sheet never disagree about what is valid.
import { CONFIG_KEYS, DEFAULT_RULES } from '../../../core/council';
import { CONFIG_HEADERS, readConfig } from '../../../core/sheets/config';
import { COUNCIL_HEADERS, readCouncil } from '../../../core/sheets/members';
import type { Member } from '../../../core/model';
import type { Problem } from '../../../core/problems';
import type { CellValue, SheetGrid } from '../../../core/sheet/grid';
import type { Rules } from '../../../core/council/rules';
import type { CriterionDraft, DraftCheck, MemberDraft, RuleSection, RulesDraftText } from './Council.types';

export function memberDrafts(members: readonly Member[], firstKey = 0): MemberDraft[] {
  return members.map((m, i) => ({
    key: firstKey + i,
    id: m.id,
    name: m.name,
    position: m.position,
    unit: m.unit,
    role: m.role,
    excludedUnits: [...m.excludedUnits],
  }));
}

function councilGrid(drafts: readonly MemberDraft[], sheet: string): SheetGrid {
  const values: CellValue[][] = [[...COUNCIL_HEADERS]];
  for (const d of drafts)
    values.push([d.id.trim(), d.name.trim(), d.position.trim(), d.unit.trim(), d.role, d.excludedUnits.join('; ')]);
  return { name: sheet, values };
}

/** Members as they will be saved, with the problems the sheet's reader would report, per row. */
export function checkMembers(
  drafts: readonly MemberDraft[],
  knownUnits: readonly string[] | undefined,
  sheet: string,
): { members: Member[]; check: DraftCheck } {
  const { members, problems } = readCouncil(councilGrid(drafts, sheet), knownUnits);
  // Row 1 is the header, so Excel row n is drafts[n - 2].
  return {
    members,
    check: place(
      problems,
      (row) => drafts[row - 2]?.key,
      () => undefined,
    ),
  };
}

function place(
  problems: readonly Problem[],
  rowKey: (row: number) => number | undefined,
  keyOf: (row: number) => string | undefined,
): DraftCheck {
  const byRow = new Map<number, Problem[]>();
  const byKey = new Map<string, Problem[]>();
  const general: Problem[] = [];
  let errors = 0;
  for (const p of problems) {
    if (p.severity === 'error') errors++;
    const k = p.row === null ? undefined : rowKey(p.row);
    const name = p.row === null ? undefined : keyOf(p.row);
    if (k !== undefined) byRow.set(k, [...(byRow.get(k) ?? []), p]);
    else if (name !== undefined) byKey.set(name, [...(byKey.get(name) ?? []), p]);
    else general.push(p);
  }
  return { byRow, byKey, general, errors };
}

function cellOf(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  return typeof v === 'string' ? v : '';
}

export function rulesDraft(rules: Rules, firstKey = 0): RulesDraftText {
  const values: Record<string, string> = {};
  for (const k of CONFIG_KEYS) values[k.key] = cellOf(k.write(rules));
  const rubric = rules.rubric.map((c, i) => ({
    key: firstKey + i,
    code: c.code,
    name: c.name,
    max: String(c.maxTenths / 10),
    weight: c.weight.den === 1 ? String(c.weight.num) : `${c.weight.num}/${c.weight.den}`,
  }));
  return { rubric, values };
}

/** Rows of the grid built from a rules draft: [title, header, …rubric, blank, title, header, …keys]. */
const RUBRIC_FIRST = 2;

function configGrid(draft: RulesDraftText, sheet: string): SheetGrid {
  const values: CellValue[][] = [['TIÊU CHÍ CHẤM ĐIỂM'], Object.values(CONFIG_HEADERS.rubric)];
  for (const c of draft.rubric) values.push([c.code.trim(), c.name.trim(), c.max.trim(), c.weight.trim()]);
  values.push([], ['QUY TẮC'], Object.values(CONFIG_HEADERS.keys));
  for (const k of CONFIG_KEYS) values.push([k.key, draft.values[k.key] ?? '', '']);
  return { name: sheet, values };
}

/** Rules as they will be saved, with the problems "Cấu hình" would report, on their field. */
export function checkRules(draft: RulesDraftText, sheet: string): { rules: Rules; check: DraftCheck } {
  const { rules, problems } = readConfig(configGrid(draft, sheet));
  const keysFirst = RUBRIC_FIRST + draft.rubric.length + 3;
  const check = place(
    problems,
    // Excel row n is grid row n - 1.
    (row) =>
      row - 1 >= RUBRIC_FIRST && row - 1 < RUBRIC_FIRST + draft.rubric.length
        ? draft.rubric[row - 1 - RUBRIC_FIRST]?.key
        : undefined,
    (row) => CONFIG_KEYS[row - 1 - keysFirst]?.key,
  );
  return { rules, check };
}

export function newCriterion(key: number): CriterionDraft {
  return { key, code: '', name: '', max: '', weight: '1' };
}

export function newMember(key: number, drafts: readonly MemberDraft[]): MemberDraft {
  return { key, id: nextMemberId(drafts), name: '', position: '', unit: '', role: 'Ủy viên', excludedUnits: [] };
}

/** "TV10" after TV01…TV09: the next number after the highest id shaped like letters then digits. */
export function nextMemberId(drafts: readonly MemberDraft[]): string {
  let prefix = 'TV';
  let best = 0;
  let width = 2;
  for (const d of drafts) {
    const m = /^([A-Za-zĐđ]*)(\d+)$/.exec(d.id.trim());
    if (!m) continue;
    const n = Number(m[2]);
    if (n >= best) {
      best = n;
      prefix = m[1] ?? prefix;
      width = m[2]?.length ?? width;
    }
  }
  return `${prefix}${String(best + 1).padStart(width, '0')}`;
}

const SECTION_OF: readonly [RegExp, RuleSection][] = [
  [/^giai_|^hoa_ranh_gioi$/, 'tiers'],
  [
    /^(so_nguoi_cham|so_phieu_toi_thieu|cach_tinh_diem|cat_bo_tu_so_phieu|diem_dat|chenh_lech_toi_da|he_so_hieu_chinh)$/,
    'scoring',
  ],
  [/^(ubnd_|tld_|phong_su_|tinh_dong_tac_gia$|ty_le_bieu_quyet$)/, 'lists'],
  [/^linh_vuc_/, 'fields'],
  [/^(tinh|ten_|nam$|dia_danh$|ngay_van_ban$|chu_tich$|chuc_danh_ky$|thu_ky$)/, 'documents'],
];

export const RULE_SECTIONS: readonly RuleSection[] = ['scoring', 'tiers', 'lists', 'fields', 'documents', 'other'];

export function sectionOf(key: string): RuleSection {
  for (const [re, s] of SECTION_OF) if (re.test(key)) return s;
  return 'other';
}

/** Every config key by section, in the sheet's order. */
export function keysBySection(): ReadonlyMap<RuleSection, readonly string[]> {
  const out = new Map<RuleSection, string[]>();
  for (const k of CONFIG_KEYS) {
    const s = sectionOf(k.key);
    out.set(s, [...(out.get(s) ?? []), k.key]);
  }
  return out;
}

/** Keys whose value is one of a few words: shown as a choice rather than free text. */
export const CHOICES: Readonly<Record<string, readonly string[]>> = {
  cach_tinh_diem: ['trung_binh', 'cat_bo'],
  hoa_ranh_gioi: ['vuot_chi_tieu', 'cho_quyet_dinh'],
  tinh_dong_tac_gia: ['có', 'không'],
};

export function noteOf(key: string, locale: 'vi' | 'en'): string {
  return CONFIG_KEYS.find((k) => k.key === key)?.note[locale] ?? key;
}

/** The register's unions plus any the members already exclude, sorted, each once. */
export function unionOptions(registerUnits: readonly string[], drafts: readonly MemberDraft[]): string[] {
  const set = new Set(registerUnits.filter((u) => u !== ''));
  for (const d of drafts) for (const u of d.excludedUnits) set.add(u);
  return [...set].sort((a, b) => a.localeCompare(b, 'vi'));
}

export const DEFAULT_DRAFT = rulesDraft(DEFAULT_RULES);
