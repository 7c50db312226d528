// Step "Chấm điểm" (SPEC §2.4): the reviewer's form, the clerk's paper-sheet entry, and packets.
import type { ReactNode } from 'react';
import type { StepProps } from '../types';
import { Scoring } from './Scoring';

export default function ScoringStep(props: StepProps): ReactNode {
  return <Scoring {...props} />;
}
