// The documents and working sheets printed by LibreOffice for a small and a provincial register.
import { describePrinted } from './print-checks';

describePrinted(20, { timeoutMs: 300_000, workingSheets: true });
describePrinted(650, { timeoutMs: 600_000, workingSheets: true });
