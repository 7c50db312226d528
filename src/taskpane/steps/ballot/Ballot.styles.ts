import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../../common/visually-hidden';

export const useBallotStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  groupHead: { margin: 0, marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  votes: { maxWidth: '140px' },
  conflict: { color: tokens.colorPaletteDarkOrangeForeground1 },
  p: { margin: 0 },
  // Headings sit close to what they head: the pane is short of height, not of width.
  heading: { margin: 0 },
  hidden: visuallyHidden,
});
