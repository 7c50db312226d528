// The visible saved state of one item, announced politely to screen readers, with a retry when
// the workbook refused the write.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { scoringMessages } from './messages';
import type { SaveState } from './Scoring.types';
import { useScoringStyles } from './Scoring.styles';

export function SaveStatus(props: { readonly state: SaveState | null; readonly onRetry: () => void }): ReactNode {
  const t = scoringMessages.useT();
  const styles = useScoringStyles();
  const { state } = props;
  if (state?.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{t('state.failed', { error: state.error })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const text = state === null ? '' : t(`state.${state.kind}`);
  const good = state?.kind === 'saved';
  return (
    <Text role="status" size={200} className={mergeClasses(good ? styles.saved : styles.unsaved)}>
      {text}
    </Text>
  );
}
