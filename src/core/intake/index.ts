// Intake: read registers the way offices really send them (SPEC §2.1, §3). Pure: grids in,
// initiatives + problems + a SheetPlan out; the hosts do the reading and writing.

export { readRegister, readSources } from './read-register';
export { sourceLabel } from './combine';
export { registerSheetPlan, REGISTER_COLUMNS, VANISHED_CHECK } from './sheet-plan';
export { readRegisterSheet } from './read-sheet';
export { importJson, type ImportJson } from './json';
export { fieldMatcher, type FieldMatcher } from './field-codes';
export { matchHeader, REGISTER_FIELDS, type RegisterField } from './fields';
export { contentKey } from './ids';
export type {
  ColumnMapping,
  Conversion,
  IntakeOptions,
  IntakeResult,
  IntakeStats,
  MappedColumn,
  MappingFixes,
  RegisterSource,
  SourceInput,
  SourceSummary,
  UnreadableSource,
} from './types';
