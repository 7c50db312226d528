// The council core (SPEC §2.2–2.4): members and rules read from and written to their sheets,
// assignment, the score sheet, reviewer packets and the scoring form's model.

export { DEFAULT_RULES, DEFAULT_RUBRIC, TIER_NAMES } from './rules';
export type { DocumentNames, Fraction, Rules, TierName, TierRule } from './rules';
export { CONFIG_KEYS } from './config-keys';
export type { ConfigKey } from './config-keys';
export { assign, memberLoads } from './assign';
export type { AssignOptions, Assignment, Pair } from './assign';
export { scoreSheetPlan, scoreValidation, startedPairs } from './score-sheet';
export type { PairLike, ScoreSheetOptions } from './score-sheet';
export { integerWeights, totalFormula } from './total';
export {
  PACKET_META_SHEET,
  PACKET_SHEET,
  packetChecksum,
  packetFileName,
  packetPlans,
  readPacket,
  rubricSignature,
} from './packets';
export type { Packet, PacketOptions, PacketRow } from './packets';
export { collectPacket } from './collect';
export type { CollectOptions, CollectResult, ScoreCellWrite, ScoreConflict } from './collect';
export { filterQueue, formWrites, nextOpenItem, parseScoreInput, scoringQueue, withSaved } from './scoring-form';
export type {
  FormInput,
  FormSave,
  InputResult,
  ItemStatus,
  QueueFilter,
  QueueItem,
  ReviewReason,
  ScoringQueue,
} from './scoring-form';
export { compareIds } from './fold';
export { roundOf, secondRound } from './second-round';
export type { SecondRound, SecondRoundInput, SkipReason } from './second-round';
