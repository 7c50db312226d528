import type { Locale, MessageMap } from './types';

/** Fills {name} placeholders; an unknown placeholder is left as written so a gap is visible. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}

/** The sentence for a code; falls back to Vietnamese, then to the code itself (never throws). */
export function messageFor(
  maps: readonly MessageMap[],
  locale: Locale,
  code: string,
  params?: Readonly<Record<string, string | number>>,
): string {
  for (const m of maps) {
    const t = m[locale][code] ?? m.vi[code];
    if (t !== undefined) return interpolate(t, params);
  }
  return code;
}

/** Vietnamese unless Office's display language is English ("en", "en-US", "en-GB", …). */
export function localeFromDisplayLanguage(displayLanguage: string | null | undefined): Locale {
  return typeof displayLanguage === 'string' && /^en(?:[-_]|$)/i.test(displayLanguage.trim()) ? 'en' : 'vi';
}
