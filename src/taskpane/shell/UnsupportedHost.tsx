// Shown instead of the steps on an Excel older than ExcelApi 1.9: what is wrong and what to do.
import { makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useT } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  title: { margin: 0 },
});

export function UnsupportedHost(): ReactNode {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle1 as="h1" className={styles.title}>
        {t('unsupported.title')}
      </Subtitle1>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{t('unsupported.body')}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
