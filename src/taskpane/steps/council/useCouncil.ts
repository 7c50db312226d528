// The council step's logic: read "Hội đồng" and "Cấu hình" (with the register's unions) on open,
// create them on first use, edit members and rules as drafts checked by the sheets' own readers,
// save through the same use cases the CLI runs, and read the sheets again after each save so hand
// edits and the pane always agree.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadBook } from '../../../app/book';
import type { WorkbookPort } from '../../../workbook/port';
import { ensureCouncilSheets, saveMembers, saveRules } from '../../../app/council';
import { SHEET_ROLES } from '../../../core/sheet/plan';
import type { Problem } from '../../../core/problems';
import type { Member } from '../../../core/model';
import type { Rules } from '../../../core/council/rules';
import { useTask, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import type { CriterionDraft, DraftCheck, MemberDraft, RulesDraftText } from './Council.types';
import { checkMembers, checkRules, memberDrafts, newCriterion, newMember, rulesDraft } from './logic';

/** What the sheets hold, as read. */
export interface CouncilSnapshot {
  readonly hasCouncil: boolean;
  readonly hasConfig: boolean;
  readonly councilSheet: string;
  readonly configSheet: string;
  readonly units: readonly string[];
  readonly members: readonly Member[];
  readonly rules: Rules;
  /** Problems of "Hội đồng" and "Cấu hình" as they are in the workbook. */
  readonly problems: readonly Problem[];
}

export interface UseCouncil {
  readonly snapshot: CouncilSnapshot | null;
  readonly loading: Task<CouncilSnapshot>;
  readonly creating: Task<readonly ('council' | 'config')[]>;
  readonly savingMembers: Task<number>;
  readonly savingRules: Task<true>;
  readonly members: readonly MemberDraft[];
  readonly membersCheck: DraftCheck;
  readonly membersDirty: boolean;
  readonly rules: RulesDraftText;
  readonly rulesCheck: DraftCheck;
  readonly rulesDirty: boolean;
  /** Key of the member added last, so its panel opens. */
  readonly addedMember: number | null;
  readonly reload: () => void;
  readonly create: () => void;
  readonly addMember: () => void;
  readonly updateMember: (key: number, patch: Partial<Omit<MemberDraft, 'key'>>) => void;
  readonly removeMember: (key: number) => void;
  readonly saveMembersNow: () => void;
  readonly addCriterion: () => void;
  readonly updateCriterion: (key: number, patch: Partial<Omit<CriterionDraft, 'key'>>) => void;
  readonly removeCriterion: (key: number) => void;
  readonly setRule: (key: string, value: string) => void;
  readonly saveRulesNow: () => void;
  readonly resetRules: () => void;
  readonly resetMembers: () => void;
}

/** Reads the book and keeps what the council step shows: problems of the council and rules sheets only. */
export async function readCouncilSnapshot(port: WorkbookPort): Promise<CouncilSnapshot> {
  const book = await loadBook(port);
  const councilSheet = book.grids.council?.name ?? SHEET_ROLES.council.name;
  const configSheet = book.grids.config?.name ?? SHEET_ROLES.config.name;
  const units = book.register ? [...new Set(book.register.initiatives.map((i) => i.unit).filter((u) => u !== ''))] : [];
  const snap: CouncilSnapshot = {
    hasCouncil: book.hasCouncil,
    hasConfig: book.hasConfig,
    councilSheet,
    configSheet,
    units,
    members: book.members,
    rules: book.rules,
    problems: book.problems.filter(
      (p) => (p.sheet === councilSheet && book.hasCouncil) || (p.sheet === configSheet && book.hasConfig),
    ),
  };
  return snap;
}

export function useCouncil(): UseCouncil {
  const port = useWorkbookPort();
  const locale = useLocale();
  const loading = useTask<CouncilSnapshot>();
  const creating = useTask<readonly ('council' | 'config')[]>();
  const savingMembers = useTask<number>();
  const savingRules = useTask<true>();
  const nextKey = useRef(0);
  const [snapshot, setSnapshot] = useState<CouncilSnapshot | null>(null);
  const [members, setMembers] = useState<readonly MemberDraft[]>([]);
  const [rules, setRules] = useState<RulesDraftText>({ rubric: [], values: {} });
  const [membersDirty, setMembersDirty] = useState(false);
  const [rulesDirty, setRulesDirty] = useState(false);
  const [addedMember, setAddedMember] = useState<number | null>(null);
  const dirty = useRef({ members: false, rules: false });
  dirty.current = { members: membersDirty, rules: rulesDirty };

  const take = useCallback((n: number): number => {
    const k = nextKey.current;
    nextKey.current += n;
    return k;
  }, []);

  const { start: startLoad } = loading;
  /** Reads the sheets; a draft the clerk is still editing is kept unless `replace` says otherwise. */
  const read = useCallback(
    (replace: { members: boolean; rules: boolean }) => {
      if (!port) return;
      void startLoad(async () => {
        const snap = await readCouncilSnapshot(port);
        setSnapshot(snap);
        if (replace.members || !dirty.current.members) {
          setMembers(memberDrafts(snap.members, take(snap.members.length)));
          setMembersDirty(false);
        }
        if (replace.rules || !dirty.current.rules) {
          setRules(rulesDraft(snap.rules, take(snap.rules.rubric.length)));
          setRulesDirty(false);
        }
        return snap;
      });
    },
    [port, startLoad, take],
  );

  useEffect(() => {
    read({ members: true, rules: true });
  }, [read]);

  const reload = useCallback(() => read({ members: true, rules: true }), [read]);

  const { start: startCreate } = creating;
  const create = useCallback(() => {
    if (!port) return;
    void startCreate(async () => (await ensureCouncilSheets(port, locale)).created).then((r) => {
      if (r) read({ members: false, rules: false });
    });
  }, [port, locale, startCreate, read]);

  const units = snapshot?.units;
  const councilSheet = snapshot?.councilSheet ?? SHEET_ROLES.council.name;
  const configSheet = snapshot?.configSheet ?? SHEET_ROLES.config.name;
  const membersChecked = useMemo(
    () => checkMembers(members, units && units.length > 0 ? units : undefined, councilSheet),
    [members, units, councilSheet],
  );
  const rulesChecked = useMemo(() => checkRules(rules, configSheet), [rules, configSheet]);

  const editMembers = useCallback((f: (m: readonly MemberDraft[]) => readonly MemberDraft[]) => {
    setMembers(f);
    setMembersDirty(true);
  }, []);
  const editRules = useCallback((f: (r: RulesDraftText) => RulesDraftText) => {
    setRules(f);
    setRulesDirty(true);
  }, []);

  const addMember = useCallback(() => {
    const key = take(1);
    setAddedMember(key);
    editMembers((m) => [...m, newMember(key, m)]);
  }, [take, editMembers]);
  const updateMember = useCallback(
    (key: number, patch: Partial<Omit<MemberDraft, 'key'>>) =>
      editMembers((m) => m.map((d) => (d.key === key ? { ...d, ...patch } : d))),
    [editMembers],
  );
  const removeMember = useCallback((key: number) => editMembers((m) => m.filter((d) => d.key !== key)), [editMembers]);

  const { start: startSaveMembers } = savingMembers;
  const toSave = membersChecked.members;
  const memberErrors = membersChecked.check.errors;
  const saveMembersNow = useCallback(() => {
    if (!port || memberErrors > 0) return;
    void startSaveMembers(async () => {
      await saveMembers(port, toSave, locale);
      return toSave.length;
    }).then((r) => {
      if (r !== null) read({ members: true, rules: false });
    });
  }, [port, memberErrors, toSave, locale, startSaveMembers, read]);

  const addCriterion = useCallback(() => {
    const key = take(1);
    editRules((r) => ({ ...r, rubric: [...r.rubric, newCriterion(key)] }));
  }, [take, editRules]);
  const updateCriterion = useCallback(
    (key: number, patch: Partial<Omit<CriterionDraft, 'key'>>) =>
      editRules((r) => ({ ...r, rubric: r.rubric.map((c) => (c.key === key ? { ...c, ...patch } : c)) })),
    [editRules],
  );
  const removeCriterion = useCallback(
    (key: number) => editRules((r) => ({ ...r, rubric: r.rubric.filter((c) => c.key !== key) })),
    [editRules],
  );
  const setRule = useCallback(
    (key: string, value: string) => editRules((r) => ({ ...r, values: { ...r.values, [key]: value } })),
    [editRules],
  );

  const { start: startSaveRules } = savingRules;
  const rulesToSave = rulesChecked.rules;
  const ruleErrors = rulesChecked.check.errors;
  const saveRulesNow = useCallback(() => {
    if (!port || ruleErrors > 0) return;
    void startSaveRules(async () => {
      await saveRules(port, rulesToSave, locale);
      return true as const;
    }).then((r) => {
      if (r !== null) read({ members: false, rules: true });
    });
  }, [port, ruleErrors, rulesToSave, locale, startSaveRules, read]);

  const resetRules = useCallback(() => {
    if (!snapshot) return;
    setRules(rulesDraft(snapshot.rules, take(snapshot.rules.rubric.length)));
    setRulesDirty(false);
  }, [snapshot, take]);
  const resetMembers = useCallback(() => {
    if (!snapshot) return;
    setMembers(memberDrafts(snapshot.members, take(snapshot.members.length)));
    setMembersDirty(false);
  }, [snapshot, take]);

  return {
    snapshot,
    loading,
    creating,
    savingMembers,
    savingRules,
    members,
    membersCheck: membersChecked.check,
    membersDirty,
    rules,
    rulesCheck: rulesChecked.check,
    rulesDirty,
    addedMember,
    reload,
    create,
    addMember,
    updateMember,
    removeMember,
    saveMembersNow,
    addCriterion,
    updateCriterion,
    removeCriterion,
    setRule,
    saveRulesNow,
    resetRules,
    resetMembers,
  };
}
