// Step "Biểu quyết" (SPEC §2.5–2.6): the council's yes votes on each proposal and its rulings on flags.
import type { ReactNode } from 'react';
import type { StepProps } from '../types';
import { Ballot } from './Ballot';

export default function BallotStep(props: StepProps): ReactNode {
  return <Ballot {...props} />;
}
