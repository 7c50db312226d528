// Builds the self-test's view of Excel from Office's globals: the real ones in Excel, the
// simulator's in the workbench (which installs the same globals), so both pages run one code path.
import type { Diagnostics } from './report';
import type { SelfTestEnv } from './types';

/** The part of `Office` the self-test reads. */
export interface OfficeForSelfTest {
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly diagnostics?: { readonly host: unknown; readonly platform: unknown; readonly version: string } | null;
  };
}

/** The part of `Excel` the self-test reads. */
export interface ExcelForSelfTest {
  readonly run: typeof Excel.run;
  readonly createWorkbook?: unknown;
}

export function selfTestFromOffice(
  office: OfficeForSelfTest,
  excel: ExcelForSelfTest,
): { env: SelfTestEnv; diagnostics: Diagnostics | null } {
  const d = office.context.diagnostics;
  return {
    env: {
      run: (batch) => excel.run(batch),
      isSetSupported: (set, version) => {
        try {
          return office.context.requirements.isSetSupported(set, version);
        } catch {
          return false;
        }
      },
      createWorkbook: typeof excel.createWorkbook === 'function',
    },
    diagnostics: d ? { host: String(d.host), platform: String(d.platform), version: d.version } : null,
  };
}
