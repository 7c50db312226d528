// Problems of a draft row as one field's validation message: the problems at that column, joined.
import type { Problem } from '../../../core/problems';

/** Spread onto a Fluent Field: nothing when the field is fine. */
export type FieldMessage =
  { readonly validationMessage: string; readonly validationState: 'error' | 'warning' } | Record<string, never>;

export function messagesFor(
  problems: readonly Problem[],
  column: string | null,
  say: (p: Problem) => string,
): FieldMessage {
  const here = column === null ? problems : problems.filter((p) => p.column === column);
  if (here.length === 0) return {};
  return {
    validationMessage: here.map(say).join(' '),
    validationState: here.some((p) => p.severity === 'error') ? 'error' : 'warning',
  };
}
