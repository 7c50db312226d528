// File conventions of every command: the input is never modified, the output defaults to the
// input's name with a suffix, and writing over the input is refused.

import { basename, dirname, extname, join, resolve } from 'node:path';
import { openXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import { WorkbookError } from '../workbook/errors';

export class CliError extends Error {
  override name = 'CliError';
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export function defaultOutput(input: string, suffix: string): string {
  const ext = extname(input) || '.xlsx';
  return join(dirname(input), `${basename(input, ext)}-${suffix}.xlsx`);
}

export function outputPath(cwd: string, input: string, out: unknown, suffix: string, locale: 'vi' | 'en'): string {
  const target = resolve(cwd, typeof out === 'string' && out !== '' ? out : defaultOutput(input, suffix));
  if (target === resolve(cwd, input)) {
    throw new CliError(
      locale === 'en'
        ? 'The output would overwrite the input workbook; choose another name with -o.'
        : 'Tệp kết quả sẽ ghi đè lên tệp đầu vào; hãy chọn tên khác với -o.',
    );
  }
  return target;
}

export async function openInput(cwd: string, path: string | undefined, locale: 'vi' | 'en'): Promise<{ book: XlsxWorkbook; path: string }> {
  if (!path) throw new CliError(locale === 'en' ? 'Name the input workbook (.xlsx).' : 'Hãy chỉ ra tệp đầu vào (.xlsx).');
  const full = resolve(cwd, path);
  try {
    return { book: await openXlsx(full), path: full };
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(
      locale === 'en' ? `Cannot open "${path}" as an .xlsx workbook: ${detail}` : `Không mở được "${path}" như một tệp .xlsx: ${detail}`,
      1,
    );
  }
}
