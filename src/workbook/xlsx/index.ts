// The .xlsx adapter (exceljs): for the CLI, tests and the packet writer.
export { openXlsx, createXlsx, XLSX_CAPABILITIES, type XlsxWorkbook } from './workbook';
export type { StorageIssue } from './write';
