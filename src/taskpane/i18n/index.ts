// The shell's dictionary and the i18n helpers steps use for their own words.
import { en } from './en';
import { defineMessages } from './translate';
import { vi, type ShellKey } from './vi';

export type { ShellKey } from './vi';
export {
  defineMessages,
  localeFromDisplayLanguage,
  LocaleContext,
  translate,
  useLocale,
  type DefinedMessages,
  type Dictionaries,
  type Locale,
  type Params,
  type Translate,
} from './translate';

export const shellMessages = defineMessages<ShellKey>({ vi, en });

/** Translates the shell's keys in the pane's locale. */
export const useT = shellMessages.useT;
