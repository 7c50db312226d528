// The foot of a long step: its progress, its outcome and its save / run / next-step buttons stay
// at the bottom of the pane however long the lists above it are (steps Xếp hạng and Biểu quyết).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function StepFooter(props: { readonly children: ReactNode }): ReactNode {
  const styles = useStyles();
  return <div className={styles.footer}>{props.children}</div>;
}
