// How the scoring form shows numbers: a score in the pane's decimal mark (7,5 in Vietnamese), a
// maximum in points, a benefit in đồng. Parsing accepts either mark (core's parseScoreInput).
import type { FormInput, QueueItem } from '../../../core/council';
import type { Criterion } from '../../../core/model';
import type { Locale } from '../../i18n';

/** Tenths of a point as a reviewer would type them: 75 → "7,5" (vi) or "7.5" (en); null → "". */
export function tenthsText(value: number | null | 'invalid' | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === 'invalid') return '';
  const whole = Math.trunc(value / 10);
  const tenth = Math.abs(value % 10);
  const sign = value < 0 && whole === 0 ? '-' : '';
  return tenth === 0 ? `${sign}${whole}` : `${sign}${whole}${locale === 'vi' ? ',' : '.'}${tenth}`;
}

/** The maximum of a criterion in points, for its label ("0–30"). */
export function maxText(c: Criterion, locale: Locale): string {
  return tenthsText(c.maxTenths, locale);
}

export function benefitText(vnd: number | null, locale: Locale): string | null {
  if (vnd === null) return null;
  return `${new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US').format(vnd)} đồng`;
}

/** What the form shows for an item as it was read: every criterion, the comment and the flag. */
export function inputOf(item: QueueItem, rubric: readonly Criterion[], locale: Locale): FormInput {
  const scores: Record<string, string> = {};
  for (const c of rubric) {
    const v = item.scores[c.code];
    // A cell Excel holds as text that is not a score stays visible as an empty box to be retyped.
    scores[c.code] = tenthsText(v, locale);
  }
  return { scores, comment: item.comment, conflict: item.conflict };
}

/** True when what is typed differs from what the item holds (nothing to save otherwise). */
export function sameInput(a: FormInput, b: FormInput): boolean {
  if (a.comment.trim() !== b.comment.trim() || a.conflict !== b.conflict) return false;
  const keys = new Set([...Object.keys(a.scores), ...Object.keys(b.scores)]);
  for (const k of keys) if ((a.scores[k] ?? '').trim() !== (b.scores[k] ?? '').trim()) return false;
  return true;
}
