// Resolving roles to sheet names: through the port's batched call when the adapter has one (one
// round trip in Excel for all roles), else one call per role.

import type { SheetRole } from '../core/sheet/plan';
import type { WorkbookPort } from '../workbook/port';

export async function resolveRoles(port: WorkbookPort, roles: readonly SheetRole[]): Promise<(string | null)[]> {
  if (port.resolveRoles) return port.resolveRoles(roles);
  const out: (string | null)[] = [];
  for (const role of roles) out.push(await port.resolveRole(role));
  return out;
}
