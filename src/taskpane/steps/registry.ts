// The seven steps of SPEC §6 in the order a council works through them. Titles and one-line
// purposes live in the shell's dictionary under `step.<id>.title` / `step.<id>.purpose`.
import type { ShellKey } from '../i18n';
import type { StepDefinition, StepId } from './types';

export const STEPS: readonly StepDefinition[] = [
  { id: 'intake', load: () => import('./intake') },
  { id: 'council', load: () => import('./council') },
  { id: 'assignment', load: () => import('./assignment') },
  { id: 'scoring', load: () => import('./scoring') },
  { id: 'ranking', load: () => import('./ranking') },
  { id: 'ballot', load: () => import('./ballot') },
  { id: 'reports', load: () => import('./reports') },
];

export function stepTitleKey(id: StepId): ShellKey {
  return `step.${id}.title`;
}

export function stepPurposeKey(id: StepId): ShellKey {
  return `step.${id}.purpose`;
}
