import { makeStyles, tokens } from '@fluentui/react-components';

export const useIntakeStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  p: { margin: 0 },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  countRow: { display: 'contents' },
  countName: { color: tokens.colorNeutralForeground2 },
  countValue: { margin: 0, textAlign: 'right', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  groupHeader: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', minWidth: 0 },
  groupPanel: { paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  link: { textAlign: 'left', overflowWrap: 'anywhere' },
  mapping: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});
