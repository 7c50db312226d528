// A small typed i18n: one dictionary per locale with the same keys (the type checker enforces it,
// a test checks it again at run time), `{name}` placeholders, and a hook per dictionary. The shell
// owns vi.ts/en.ts; each step defines its own dictionary with `defineMessages` in its folder, so
// engineers working on different steps never edit the same file.
import { createContext, useCallback, useContext } from 'react';
import { interpolate } from '../../core/messages/format';

// The rule lives in core so the ribbon command (no React) uses the same one.
export { localeFromDisplayLanguage } from '../../core/messages/format';
import type { Locale } from '../../core/messages/types';

export type { Locale } from '../../core/messages/types';

export type Params = Readonly<Record<string, string | number>>;

export interface Dictionaries<K extends string> {
  readonly vi: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

/** The sentence for a key in a locale; falls back to Vietnamese, then to the key, so a gap is visible, never a crash. */
export function translate<K extends string>(dictionaries: Dictionaries<K>, locale: Locale, key: K, params?: Params): string {
  const template = dictionaries[locale][key] ?? dictionaries.vi[key] ?? key;
  return interpolate(template, params);
}

export const LocaleContext = createContext<Locale>('vi');

/** The locale the pane is shown in. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A dictionary plus the hook that translates with it in the current locale. */
export interface DefinedMessages<K extends string> {
  readonly dictionaries: Dictionaries<K>;
  readonly useT: () => Translate<K>;
}

export function defineMessages<K extends string>(dictionaries: Dictionaries<K>): DefinedMessages<K> {
  const useT = (): Translate<K> => {
    const locale = useLocale();
    return useCallback((key: K, params?: Params) => translate(dictionaries, locale, key, params), [locale]);
  };
  return { dictionaries, useT };
}
