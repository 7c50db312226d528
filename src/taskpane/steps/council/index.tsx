// Step "Hội đồng" (SPEC §2.2): the council's members and the rules of "Cấu hình".
import type { ReactNode } from 'react';
import type { StepProps } from '../types';
import { Council } from './Council';

export default function CouncilStep(props: StepProps): ReactNode {
  return <Council {...props} />;
}
