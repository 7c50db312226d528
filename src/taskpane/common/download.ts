// Files the pane makes for the clerk to keep (Word documents): office.js cannot write a file, so the
// pane hands the bytes to the browser as a download, which Excel's webviews save like any other.
import type { ReportDocument } from '../../core/reports';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Offers bytes as a download named `fileName` (a Blob behind a temporary <a download> link). */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Renders documents as one Word file and downloads it. The .docx writer (the `docx` library) is
 * loaded here, on demand, in a chunk of its own, so it never weighs on the pane's first load.
 */
export async function downloadDocx(documents: readonly ReportDocument[], name: string): Promise<string> {
  const { renderDocx } = await import(/* webpackChunkName: "docx" */ '../../workbook/docx');
  const fileName = `${name}.docx`;
  downloadBytes(await renderDocx(documents), fileName, DOCX_TYPE);
  return fileName;
}
