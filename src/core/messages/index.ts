import { councilMessages } from './council';
import { fileMessages } from './files';
import { messageFor } from './format';
import { hostMessages } from './host';
import { intakeMessages } from './intake';
import { rankingMessages } from './ranking';
import { reportsMessages } from './reports';
import type { Locale, MessageMap } from './types';
import type { Problem } from '../problems';

export type { Locale, MessageMap } from './types';
export { interpolate, localeFromDisplayLanguage } from './format';

const ALL: readonly MessageMap[] = [intakeMessages, councilMessages, rankingMessages, reportsMessages, hostMessages, fileMessages];

/** The sentence for any code of any domain. */
export function message(locale: Locale, code: string, params?: Readonly<Record<string, string | number>>): string {
  return messageFor(ALL, locale, code, params);
}

/** A problem as a clerk reads it: where, then what to fix. */
export function describeProblem(locale: Locale, p: Problem): string {
  // A sheet of another file is written the way Excel writes it in a reference: [file]sheet.
  const sheet = p.file === undefined ? p.sheet : p.sheet === '' ? p.file : `[${p.file}]${p.sheet}`;
  const where = p.row === null ? sheet : `${sheet}!${p.column ?? ''}${p.row}`;
  return `${where}: ${message(locale, p.code, p.params)}`;
}

/** Every code known in either language, for tests that check both maps are complete. */
export function allMessageMaps(): readonly MessageMap[] {
  return ALL;
}
