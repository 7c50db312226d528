// What the Excel the pane runs in can do, asked once through Office's requirement sets so steps
// choose a fallback instead of failing on an old Excel (SPEC §7: ExcelApi 1.9 or newer).

/** `Office.context.requirements.isSetSupported`, or the simulated Excel's equivalent. */
export type RequirementCheck = (set: string, version: string) => boolean;

/** The least Excel the add-in runs on. */
export const MINIMUM_EXCEL_API = '1.9';

export interface HostCapabilities {
  /** ExcelApi 1.9 or newer: the add-in can run. When false the pane shows why instead of the steps. */
  readonly supported: boolean;
  /** ExcelApi 1.13: merged areas can be read; without it intake names the columns that may hold merges. */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.8 `Excel.createWorkbook`: a reviewer packet can open as a new workbook. */
  readonly createWorkbook: boolean;
  /** Asks about any other ExcelApi version a step needs. */
  readonly excelApi: (version: string) => boolean;
}

/** Reads the capabilities through a requirement check that may itself throw on a broken host. */
export function detectCapabilities(isSetSupported: RequirementCheck): HostCapabilities {
  const excelApi = (version: string): boolean => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      // A host that cannot answer is treated as not supporting the set: the safe side.
      return false;
    }
  };
  return {
    supported: excelApi(MINIMUM_EXCEL_API),
    mergedAreas: excelApi('1.13'),
    createWorkbook: excelApi('1.8'),
    excelApi,
  };
}
