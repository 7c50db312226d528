// The ballot step's logic: read both sheets on arrival, keep what the clerk types as drafts in the
// pane's session (a step switch keeps them), save only changed cells through src/app, and re-rank
// to apply — re-reading the sheets before and after each save, so a value changed in Excel meanwhile
// is never overwritten without the clerk choosing.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadCouncilWork, type CouncilWork } from '../../../app/ballot';
import type { CouncilCase } from '../../../app/decisions';
import { rankAndTier, type RankStage } from '../../../app/rank';
import type { Ruling } from '../../../core/ranking';
import { useSessionState, useTask, useWorkbookChanged, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import type { BallotNotice, RulingDraft, VoteDraft } from './Ballot.types';
import {
  dropVotes,
  editRuling,
  orphanRulings,
  orphanVotes,
  resolveRuling,
  resolveVote,
  rulingDrafts,
  settleRulings,
  settleVotes,
  tally,
  typeVote,
  voteDrafts,
  type RulingEdits,
  type Tally,
  type TypedVote,
  type TypedVotes,
} from './logic';
import { saveEditedRulings, saveTypedVotes } from './save';

export interface UseBallot {
  readonly work: CouncilWork | null;
  readonly load: Task<CouncilWork>;
  readonly action: Task<BallotNotice>;
  readonly stage: RankStage | null;
  readonly votes: readonly VoteDraft[];
  readonly tally: Tally | null;
  readonly rulings: readonly RulingDraft[];
  /** Votes typed and not saved (boxes that differ from the sheet). */
  readonly unsavedVotes: number;
  readonly unsavedRulings: number;
  /** Boxes whose sheet value changed since the clerk typed: a save waits until each is settled. */
  readonly conflicts: number;
  /** Typed votes for persons no longer in "Biểu quyết", kept until the clerk drops them. */
  readonly orphans: readonly TypedVote[];
  /** Rulings edited for initiatives no longer to decide, kept until the clerk drops them. */
  readonly orphanRulings: readonly string[];
  readonly votesChanged: boolean;
  readonly rulingsChanged: boolean;
  readonly typeVotes: (draft: VoteDraft, text: string) => void;
  readonly resolveVote: (draft: VoteDraft, keep: 'sheet' | 'typed') => void;
  readonly dropOrphans: () => void;
  readonly chooseRuling: (draft: RulingDraft, ruling: Ruling | null) => void;
  readonly typeNote: (draft: RulingDraft, note: string) => void;
  readonly resolveRuling: (draft: RulingDraft, keep: 'sheet' | 'typed') => void;
  readonly saveVotes: () => void;
  readonly saveRulings: () => void;
  readonly rerank: () => void;
  readonly reload: () => void;
}

const NO_VOTES: TypedVotes = new Map();
const NO_EDITS: RulingEdits = new Map();

export function useBallot(): UseBallot {
  const port = useWorkbookPort();
  const locale = useLocale();
  const load = useTask<CouncilWork>();
  const action = useTask<BallotNotice>();
  const changed = useWorkbookChanged();
  // Kept in the pane's session: what was read last (shown at once on return) and every unsaved draft.
  const [work, setWork] = useSessionState<CouncilWork | null>('ballot.work', null);
  const [typed, setTyped] = useSessionState<TypedVotes>('ballot.typed', NO_VOTES);
  const [edits, setEdits] = useSessionState<RulingEdits>('ballot.edits', NO_EDITS);
  const [stage, setStage] = useState<RankStage | null>(null);

  const fresh = useCallback(async (): Promise<CouncilWork> => {
    if (!port) throw new Error('no workbook');
    const w = await loadCouncilWork(port);
    setWork(w);
    // Drafts the sheets now hold are done; every other one stays, conflicting ones included.
    setTyped((m) => settleVotes(w.ballot, m));
    setEdits((m) => settleRulings(w.cases, m));
    return w;
  }, [port, setWork, setTyped, setEdits]);

  const { start: startLoad } = load;
  const reload = useCallback(() => {
    if (port) void startLoad(fresh);
  }, [port, startLoad, fresh]);
  useEffect(reload, [reload]);

  const votes = useMemo(() => (work?.ballot ? voteDrafts(work.ballot, typed) : []), [work, typed]);
  const rulings = useMemo(() => (work ? rulingDrafts(work.cases, edits) : []), [work, edits]);
  const orphans = useMemo(() => orphanVotes(work?.ballot ?? null, typed), [work, typed]);
  const lostRulings = useMemo(() => (work ? orphanRulings(work.cases, edits) : []), [work, edits]);

  const onType = useCallback(
    (draft: VoteDraft, text: string) => setTyped((m) => typeVote(m, draft.row, text)),
    [setTyped],
  );
  const onResolveVote = useCallback(
    (draft: VoteDraft, keep: 'sheet' | 'typed') => setTyped((m) => resolveVote(m, draft.row, keep)),
    [setTyped],
  );
  const dropOrphans = useCallback(() => {
    setTyped((m) => dropVotes(m, orphans));
    setEdits((m) => new Map([...m].filter(([id]) => !lostRulings.includes(id))));
  }, [setTyped, setEdits, orphans, lostRulings]);
  const edit = useCallback(
    (item: CouncilCase, next: { readonly ruling: Ruling | null; readonly note: string }) =>
      setEdits((m) => editRuling(m, item, next)),
    [setEdits],
  );
  const chooseRuling = useCallback(
    (d: RulingDraft, ruling: Ruling | null) => edit(d.item, { ruling, note: d.note }),
    [edit],
  );
  const typeNote = useCallback((d: RulingDraft, note: string) => edit(d.item, { ruling: d.ruling, note }), [edit]);
  const onResolveRuling = useCallback(
    (d: RulingDraft, keep: 'sheet' | 'typed') => setEdits((m) => resolveRuling(m, d.item, keep)),
    [setEdits],
  );

  const { start } = action;
  const onSaveVotes = useCallback(() => {
    if (!port) return;
    void start(async () => {
      const notice = await saveTypedVotes(port, typed, fresh);
      if (notice.kind === 'votesSaved') changed();
      return notice;
    });
  }, [port, typed, start, fresh, changed]);

  const onSaveRulings = useCallback(() => {
    if (!port) return;
    void start(async () => {
      const notice = await saveEditedRulings(port, edits, fresh);
      if (notice.kind === 'rulingsSaved') changed();
      return notice;
    });
  }, [port, edits, start, fresh, changed]);

  const rerank = useCallback(() => {
    if (!port) return;
    void start(async () => {
      const outcome = await rankAndTier(port, { locale, onProgress: setStage });
      await fresh();
      changed();
      const proposals = outcome.result.ballot.proposals;
      return {
        kind: 'reranked',
        passed: proposals.filter((p) => p.ballot === 'passed').length,
        failed: proposals.filter((p) => p.ballot === 'failed').length,
        applied: outcome.result.initiatives.filter((r) => r.decision !== null).length,
        at: outcome.computedAt,
      };
    });
  }, [port, locale, start, fresh, changed]);

  const unsavedVotes = votes.filter((d) => d.changed).length;
  const unsavedRulings = rulings.filter((d) => d.changed).length;
  return {
    work,
    load,
    action,
    stage,
    votes,
    tally: work?.ballot ? tally(work.ballot) : null,
    rulings,
    unsavedVotes,
    unsavedRulings,
    conflicts: votes.filter((d) => d.conflict).length + rulings.filter((d) => d.conflict).length,
    orphans,
    orphanRulings: lostRulings,
    votesChanged: unsavedVotes > 0,
    rulingsChanged: unsavedRulings > 0,
    typeVotes: onType,
    resolveVote: onResolveVote,
    dropOrphans,
    chooseRuling,
    typeNote,
    resolveRuling: onResolveRuling,
    saveVotes: onSaveVotes,
    saveRulings: onSaveRulings,
    rerank,
    reload,
  };
}
