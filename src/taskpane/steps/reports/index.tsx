// Step "Báo cáo" (SPEC §5): the documents for the committee, their state, and regeneration.
import type { ReactNode } from 'react';
import type { StepProps } from '../types';
import { Reports } from './Reports';

export default function ReportsStep(props: StepProps): ReactNode {
  return <Reports {...props} />;
}
