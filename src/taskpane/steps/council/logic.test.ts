import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, DEFAULT_RULES } from '../../../core/council';
import type { Member, MemberId } from '../../../core/model';
import type { MemberDraft } from './Council.types';
import {
  checkMembers,
  checkRules,
  keysBySection,
  memberDrafts,
  newCriterion,
  newMember,
  nextMemberId,
  rulesDraft,
  sectionOf,
  unionOptions,
} from './logic';

const member = (id: string, name: string, excluded: string[] = []): Member => ({
  id: id as MemberId,
  name,
  position: 'Phó Chủ tịch',
  unit: 'LĐLĐ tỉnh',
  role: 'Ủy viên',
  excludedUnits: excluded,
});

describe('the members draft', () => {
  it('gives back the same members when nothing was edited', () => {
    const members = [member('TV01', 'Nguyễn Văn A', ['CĐ ngành Y tế']), member('TV02', 'Trần Thị B')];
    const { members: out, check } = checkMembers(memberDrafts(members), undefined, 'Hội đồng');
    expect(out).toEqual(members);
    expect(check.errors).toBe(0);
  });

  it('puts a repeated member id on the row that repeats it, as an error', () => {
    const drafts = memberDrafts([member('TV01', 'A'), member('TV01', 'B')], 10);
    const { check } = checkMembers(drafts, undefined, 'Hội đồng');
    expect(check.errors).toBe(1);
    expect(check.byRow.get(11)?.[0]?.code).toBe('council.member.idDuplicate');
    expect(check.byRow.get(11)?.[0]?.column).toBe('A');
    expect(check.byRow.has(10)).toBe(false);
  });

  it('warns on a conflict union the register does not know, on the member that names it', () => {
    const drafts = memberDrafts([member('TV01', 'A', ['CĐ ngành Không Có'])]);
    const { check } = checkMembers(drafts, ['CĐ ngành Y tế'], 'Hội đồng');
    expect(check.errors).toBe(0);
    expect(check.byRow.get(0)?.[0]?.code).toBe('council.member.unitUnknown');
  });

  it('reports a council with no members as a problem of the whole table', () => {
    const { check } = checkMembers([], undefined, 'Hội đồng');
    expect(check.general.map((p) => p.code)).toEqual(['council.members.none']);
  });

  it('numbers a new member after the highest id, keeping its prefix and width', () => {
    const drafts: MemberDraft[] = memberDrafts([member('TV01', 'A'), member('TV09', 'B'), member('X', 'C')]);
    expect(nextMemberId(drafts)).toBe('TV10');
    expect(nextMemberId([])).toBe('TV01');
    expect(newMember(5, drafts)).toMatchObject({ key: 5, id: 'TV10', role: 'Ủy viên', excludedUnits: [] });
  });

  it('offers the register unions and any union already excluded, each once, sorted', () => {
    const drafts = memberDrafts([member('TV01', 'A', ['CĐ Zeta', 'CĐ Alpha'])]);
    expect(unionOptions(['CĐ Alpha', 'CĐ Beta', '', 'CĐ Alpha'], drafts)).toEqual(['CĐ Alpha', 'CĐ Beta', 'CĐ Zeta']);
  });
});

describe('the rules draft', () => {
  it('reads back the default rules unchanged from their own text', () => {
    const { rules, check } = checkRules(rulesDraft(DEFAULT_RULES), 'Cấu hình');
    expect(check.errors).toBe(0);
    expect(rules).toEqual(DEFAULT_RULES);
  });

  it('takes a new pass mark typed as text', () => {
    const draft = rulesDraft(DEFAULT_RULES);
    const { rules } = checkRules({ ...draft, values: { ...draft.values, diem_dat: '55,5' } }, 'Cấu hình');
    expect(rules.passMarkHundredths).toBe(5550);
  });

  it('puts an unusable value on its own key and keeps the default', () => {
    const draft = rulesDraft(DEFAULT_RULES);
    const { rules, check } = checkRules({ ...draft, values: { ...draft.values, so_nguoi_cham: 'ba' } }, 'Cấu hình');
    expect(rules.reviewersPerInitiative).toBe(DEFAULT_RULES.reviewersPerInitiative);
    expect(check.errors).toBe(1);
    expect([...check.byKey.keys()]).toEqual(['so_nguoi_cham']);
  });

  it('puts a bad criterion on its rubric row and accepts an added one', () => {
    const draft = rulesDraft(DEFAULT_RULES, 100);
    const added = { ...newCriterion(7), code: 'XH', name: 'Xã hội', max: '10', weight: '1/2' };
    const bad = { ...newCriterion(8), code: 'Tổng', max: '10' };
    const { rules, check } = checkRules({ ...draft, rubric: [...draft.rubric, added, bad] }, 'Cấu hình');
    expect(rules.rubric.map((c) => c.code)).toEqual(['TM', 'HQ', 'AD', 'XH']);
    expect(rules.rubric[3]?.weight).toEqual({ num: 1, den: 2 });
    expect(check.byRow.get(8)?.[0]?.code).toBe('council.rubric.codeInvalid');
  });

  it('reports tier minimums that do not descend as a problem of the whole sheet', () => {
    const draft = rulesDraft(DEFAULT_RULES);
    const { check } = checkRules({ ...draft, values: { ...draft.values, giai_nhi_diem_toi_thieu: '90' } }, 'Cấu hình');
    expect(check.general.map((p) => p.code)).toContain('council.config.tiersNotDescending');
  });

  it('places every rule of "Cấu hình" in exactly one section, none left over', () => {
    const all = [...keysBySection().values()].flat();
    expect(all.sort()).toEqual(CONFIG_KEYS.map((k) => k.key).sort());
    expect(CONFIG_KEYS.filter((k) => sectionOf(k.key) === 'other')).toEqual([]);
  });
});
