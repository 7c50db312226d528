// The colours of the chart's lines, shared by the chart and the facts beside it (its legend).
import { tokens } from '@fluentui/react-components';
import type { CutLine } from './summary';

const TIER_COLORS = [
  tokens.colorPaletteMarigoldForeground1,
  tokens.colorPaletteBerryForeground1,
  tokens.colorPaletteTealForeground2,
  tokens.colorPaletteLavenderForeground2,
];

export const SCORE_COLOR = tokens.colorBrandForeground1;
export const FLAG_COLOR = tokens.colorPaletteRedForeground1;

/** Each line's colour, by its place among the lines. */
export function lineColor(lines: readonly CutLine[], index: number): string {
  const line = lines[index]!;
  if (line.kind === 'ubnd') return tokens.colorNeutralForeground2;
  const tier = lines.slice(0, index).filter((l) => l.kind === 'tier').length;
  return TIER_COLORS[tier % TIER_COLORS.length]!;
}
