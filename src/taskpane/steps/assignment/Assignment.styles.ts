import { makeStyles, tokens } from '@fluentui/react-components';

export const useAssignmentStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  p: { margin: 0 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  input: { maxWidth: '8em' },
});
