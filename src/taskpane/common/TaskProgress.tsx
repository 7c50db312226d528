// The progress bar for work that takes longer than a moment (SPEC §6), and the failure message.
// It stays hidden for the first few hundred milliseconds so quick work does not flicker.
import { Field, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import type { TaskState } from './useTask';

/** How long work runs before the bar appears. */
export const PROGRESS_DELAY_MS = 300;

export function TaskProgress(props: { readonly task: TaskState<unknown>; readonly label?: string }): ReactNode {
  const t = useT();
  const { status, progress, error } = props.task;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (status !== 'running') {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [status]);

  if (status === 'failed' && error !== null) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (status !== 'running' || !shown) return null;
  const label = props.label ?? t('task.working');
  const hint = progress === null ? null : t('task.progress', { done: progress.done, total: progress.total });
  // Without a total the bar is indeterminate (it moves without claiming how far it got).
  const bar = progress === null || progress.total === 0 ? <ProgressBar /> : <ProgressBar value={progress.done / progress.total} />;
  return hint === null ? (
    <Field label={label}>{bar}</Field>
  ) : (
    <Field label={label} validationState="none" validationMessage={hint}>
      {bar}
    </Field>
  );
}
