// Rank and tier (SPEC §2.5–2.6, §4): the public door of src/core/ranking.

export { rank, rankedIds, type RankInput } from './rank';
export { rankJson, listAfterBallot } from './json';
export { AGENDA_FLAGS, RULING_FLAGS, agendaInitiatives, buildAgenda } from './agenda';
export { outcomeLines, pivotOf, separates } from './pivotal';
export { inputFingerprint } from './fingerprint';
export { rankingSheetPlan, isStale, STAMP_LABEL } from './ranking-sheet';
export { ballotThreshold } from './ballot';
export { foldName } from './fold';
export { compareIds, idOrder } from './ids';
export { formatHundredths, points, roundDiv } from './exact';
export { reviewTotal, totalScale, tieBreakIndex } from './totals';
export * from './types';
