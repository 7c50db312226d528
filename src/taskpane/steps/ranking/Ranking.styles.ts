import { makeStyles, tokens } from '@fluentui/react-components';

export const useRankingStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
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
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemHead: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  groupHead: { margin: 0, marginTop: tokens.spacingVerticalS, fontWeight: tokens.fontWeightSemibold },
  crosses: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
  chart: {
    width: '100%',
    minHeight: '200px',
    // react-charts lays an invisible hover circle (no click handler) over each series' last point:
    // let clicks through to the mark beneath.
    '& circle[opacity="0"]': { pointerEvents: 'none' },
  },
  facts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  dot: {
    display: 'inline-block',
    width: '6px',
    height: '6px',
    borderRadius: '50%',
    marginLeft: '5px',
    marginRight: `calc(5px + ${tokens.spacingHorizontalXS})`,
    verticalAlign: 'middle',
  },
  swatch: {
    display: 'inline-block',
    width: '16px',
    marginRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
    borderTopWidth: '2px',
    borderTopStyle: 'dashed',
  },
  p: { margin: 0 },
});
