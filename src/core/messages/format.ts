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
    if (t !== undefined) return interpolate(t, params && localNumbers(locale, params));
  }
  return code;
}

/**
 * A fraction in a Vietnamese sentence takes the comma as its decimal mark ("83,5"; "83.5" reads as
 * eighty-three thousand five hundred there); whole numbers (rows, counts, years) are left as they are.
 */
function localNumbers(
  locale: Locale,
  params: Readonly<Record<string, string | number>>,
): Readonly<Record<string, string | number>> {
  if (locale !== 'vi') return params;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'number' && Number.isFinite(v) && !Number.isInteger(v) ? String(v).replace('.', ',') : v;
  return out;
}

/** Vietnamese unless Office's display language is English ("en", "en-US", "en-GB", …). */
export function localeFromDisplayLanguage(displayLanguage: string | null | undefined): Locale {
  return typeof displayLanguage === 'string' && /^en(?:[-_]|$)/i.test(displayLanguage.trim()) ? 'en' : 'vi';
}
