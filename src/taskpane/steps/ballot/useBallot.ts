// The ballot step's logic: read both sheets on arrival, keep what the clerk types as drafts, save
// only changed cells through src/app, and re-rank to apply — re-reading the sheets after each, so
// edits made by hand in Excel meanwhile are what the pane shows.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadCouncilWork, saveVotes, type CouncilWork } from '../../../app/ballot';
import { saveDecisions } from '../../../app/decisions';
import { rankAndTier, type RankStage } from '../../../app/rank';
import type { Ruling } from '../../../core/ranking';
import { useTask, type Task } from '../../common';
import { useWorkbookPort } from '../../host/HostContext';
import { useLocale } from '../../i18n';
import type { BallotNotice, RulingDraft, VoteDraft } from './Ballot.types';
import { rulingDrafts, rulingsToSave, tally, voteDrafts, voteKey, votesToSave, type RulingEdit, type Tally } from './logic';

export interface UseBallot {
  readonly work: CouncilWork | null;
  readonly load: Task<CouncilWork>;
  readonly action: Task<BallotNotice>;
  readonly stage: RankStage | null;
  readonly votes: readonly VoteDraft[];
  readonly tally: Tally | null;
  readonly rulings: readonly RulingDraft[];
  readonly votesChanged: boolean;
  readonly rulingsChanged: boolean;
  readonly typeVotes: (draft: VoteDraft, text: string) => void;
  readonly chooseRuling: (draft: RulingDraft, ruling: Ruling | null) => void;
  readonly typeNote: (draft: RulingDraft, note: string) => void;
  readonly saveVotes: () => void;
  readonly saveRulings: () => void;
  readonly rerank: () => void;
  readonly reload: () => void;
}

export function useBallot(): UseBallot {
  const port = useWorkbookPort();
  const locale = useLocale();
  const load = useTask<CouncilWork>();
  const action = useTask<BallotNotice>();
  const [work, setWork] = useState<CouncilWork | null>(null);
  const [typed, setTyped] = useState<ReadonlyMap<string, string>>(new Map());
  const [edits, setEdits] = useState<ReadonlyMap<string, RulingEdit>>(new Map());
  const [stage, setStage] = useState<RankStage | null>(null);

  const fresh = useCallback(async (): Promise<CouncilWork> => {
    if (!port) throw new Error('no workbook');
    const w = await loadCouncilWork(port);
    setWork(w);
    return w;
  }, [port]);

  const { start: startLoad } = load;
  const reload = useCallback(() => {
    if (port) void startLoad(fresh);
  }, [port, startLoad, fresh]);
  useEffect(reload, [reload]);

  const votes = useMemo(() => (work?.ballot ? voteDrafts(work.ballot, typed) : []), [work, typed]);
  const rulings = useMemo(() => (work ? rulingDrafts(work.cases, edits) : []), [work, edits]);

  const typeVotes = useCallback((draft: VoteDraft, text: string) => {
    setTyped((m) => new Map(m).set(voteKey(draft.row), text));
  }, []);
  const chooseRuling = useCallback((draft: RulingDraft, ruling: Ruling | null) => {
    setEdits((m) => new Map(m).set(draft.item.initiativeId, { ruling, note: draft.note }));
  }, []);
  const typeNote = useCallback((draft: RulingDraft, note: string) => {
    setEdits((m) => new Map(m).set(draft.item.initiativeId, { ruling: draft.ruling, note }));
  }, []);

  const { start } = action;
  const onSaveVotes = useCallback(() => {
    if (!port) return;
    const plan = votesToSave(votes);
    void start(async () => {
      if (!plan.ok) return { kind: 'invalidVotes', count: plan.invalid };
      const outcome = await saveVotes(port, plan.entries);
      await fresh();
      if (outcome.status !== 'saved') return outcome.status === 'noSheet' ? { kind: 'noSheet' } : { kind: 'noHeader', sheet: outcome.sheet };
      setTyped(new Map());
      return { kind: 'votesSaved', written: outcome.written, notFound: outcome.notFound.map((e) => `${e.name} (${e.initiativeId})`) };
    });
  }, [port, votes, start, fresh]);

  const onSaveRulings = useCallback(() => {
    if (!port) return;
    const entries = rulingsToSave(rulings);
    void start(async () => {
      const outcome = await saveDecisions(port, entries);
      await fresh();
      if (outcome.status !== 'saved') return { kind: 'noHeader', sheet: outcome.sheet };
      setEdits(new Map());
      return { kind: 'rulingsSaved', written: outcome.written, created: outcome.created };
    });
  }, [port, rulings, start, fresh]);

  const rerank = useCallback(() => {
    if (!port) return;
    void start(async () => {
      const outcome = await rankAndTier(port, { locale, onProgress: setStage });
      await fresh();
      const proposals = outcome.result.ballot.proposals;
      return {
        kind: 'reranked',
        passed: proposals.filter((p) => p.ballot === 'passed').length,
        failed: proposals.filter((p) => p.ballot === 'failed').length,
        applied: outcome.result.initiatives.filter((r) => r.decision !== null).length,
        at: outcome.computedAt,
      };
    });
  }, [port, locale, start, fresh]);

  return {
    work,
    load,
    action,
    stage,
    votes,
    tally: work?.ballot ? tally(work.ballot) : null,
    rulings,
    votesChanged: votes.some((d) => d.changed),
    rulingsChanged: rulings.some((d) => d.changed),
    typeVotes,
    chooseRuling,
    typeNote,
    saveVotes: onSaveVotes,
    saveRulings: onSaveRulings,
    rerank,
    reload,
  };
}
