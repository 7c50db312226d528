// A failure as a clerk reads it: host failures (protected or missing sheet, old Excel) and
// use-case outcomes carry a code with a sentence in core/messages; anything else is a bug, shown
// with its text so it can be reported.
import { message } from '../../core/messages';
import { WorkbookError } from '../../workbook/errors';
import { shellMessages, translate, type Locale } from '../i18n';

/** An error with a stable message code, as WorkbookError and the app layer's errors carry. */
function codeOf(error: unknown): { code: string; params: Readonly<Record<string, string | number>> } | null {
  if (error instanceof WorkbookError) return { code: error.code, params: error.params };
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    const params = 'params' in error && typeof error.params === 'object' && error.params !== null ? error.params : {};
    return { code: error.code, params: params as Readonly<Record<string, string | number>> };
  }
  return null;
}

export function describeError(locale: Locale, error: unknown): string {
  const coded = codeOf(error);
  if (coded !== null) {
    const sentence = message(locale, coded.code, coded.params);
    // An unknown code comes back as itself: fall through to the plain description rather than show a code.
    if (sentence !== coded.code) return sentence;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return translate(shellMessages.dictionaries, locale, 'error.unexpected', { detail });
}
