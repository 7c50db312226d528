// Step "Phân công" (SPEC §2.3): reviewers for every initiative, written to "Chấm điểm".
import type { ReactNode } from 'react';
import type { StepProps } from '../types';
import { Assignment } from './Assignment';

export default function AssignmentStep(props: StepProps): ReactNode {
  return <Assignment {...props} />;
}
