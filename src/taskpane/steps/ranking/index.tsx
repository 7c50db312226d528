// Step "Xếp hạng" (SPEC §2.5): rank and tier with one click, the summary and the council's decisions.
import type { ReactNode } from 'react';
import type { StepProps } from '../types';
import { Ranking } from './Ranking';

export default function RankingStep(props: StepProps): ReactNode {
  return <Ranking {...props} />;
}
