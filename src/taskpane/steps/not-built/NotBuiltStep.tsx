// What a step shows until its owner builds it: plainly that it is not built, and what it will do.
import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { stepPurposeKey } from '../registry';
import type { StepId } from '../types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  purpose: { margin: 0 },
});

export function NotBuiltStep(props: { readonly step: StepId }): ReactNode {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('notBuilt.title')}</MessageBarTitle>
          {t('notBuilt.willDo')}
        </MessageBarBody>
      </MessageBar>
      <Body1 as="p" className={styles.purpose}>{t(stepPurposeKey(props.step))}</Body1>
    </div>
  );
}
