// The "ballot" step. Placeholder until its owner builds it; keep the default export a StepComponent.
import type { ReactNode } from 'react';
import { NotBuiltStep } from '../not-built/NotBuiltStep';
import type { StepProps } from '../types';

export default function BallotStep(_props: StepProps): ReactNode {
  return <NotBuiltStep step="ballot" />;
}
