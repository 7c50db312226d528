// The exceljs adapter as the hosts hand it to the use cases (XlsxFiles): loaded on first use, in
// its own chunk, so the task pane's first load never carries exceljs.
import type { XlsxLoader } from '../port';

export const loadXlsxFiles: XlsxLoader = async () => {
  const { openXlsx, createXlsx } = await import(/* webpackChunkName: "xlsx" */ './index');
  return { open: openXlsx, create: createXlsx };
};
