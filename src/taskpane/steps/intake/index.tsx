// Step "Nhập danh sách" (SPEC §2.1, §3): read the register as handed over, show what was understood
// and every problem, correct the column mapping, and write the normalised "Sáng kiến" sheet.
import type { ReactNode } from 'react';
import type { StepProps } from '../types';
import { Intake } from './Intake';

export default function IntakeStep(props: StepProps): ReactNode {
  return <Intake {...props} />;
}
