// The documents printed by LibreOffice for a register of 4,250 initiatives (a large province): the
// densest case, in a file of its own with a generous timeout.
import { describePrinted } from './print-checks';

describePrinted(4250, { timeoutMs: 1_500_000, workingSheets: false });
