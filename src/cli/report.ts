// What `sangkien report` writes besides the report sheets: the paper score forms ("Phiếu chấm") as
// a sheet of the output workbook once "Chấm điểm" exists, and with `--docx DIR` every document as a
// Word file. A Word file already in DIR is replaced only when it is one this tool wrote and nobody
// edited since; otherwise it is kept under a new name, as a generated sheet is.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { writePaperForms } from '../app/documents';
import { message } from '../core/messages';
import type { ReportDocument, ScoreForms } from '../core/reports';
import { isUntouched, readDocx, renderDocx } from '../workbook/docx';
import type { WorkbookPort } from '../workbook/port';
import type { CommandContext } from './commands';
import { CliError } from './files';

/** Characters Windows refuses in file names. */
const UNSAFE = /[<>:"/\\|?*]/g;

export function docxFileName(name: string): string {
  // Control characters too (below U+0020).
  const safe = [...name.replace(UNSAFE, '-')].map((ch) => (ch.charCodeAt(0) < 0x20 ? '-' : ch)).join('');
  return `${safe.trim()}.docx`;
}

async function exists(path: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    return null;
  }
}

/** A name beside `path` not yet taken: "Biên bản (sửa tay).docx", then "(sửa tay 2)"… */
async function freeName(path: string, suffix: string): Promise<string> {
  const ext = extname(path);
  const base = path.slice(0, path.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = `${base} (${n === 1 ? suffix : `${suffix} ${n}`})${ext}`;
    if ((await exists(candidate)) === null) return candidate;
  }
  throw new CliError(`No free name beside ${path}`);
}

/** Writes a .docx, keeping a file already there under a new name unless this tool wrote it untouched. */
export async function writeDocxKeeping(
  path: string,
  bytes: Uint8Array,
  locale: 'vi' | 'en',
): Promise<{ keptAs: string | null; foreign: boolean }> {
  const old = await exists(path);
  let keptAs: string | null = null;
  let foreign = false;
  if (old !== null && !isUntouched(old)) {
    keptAs = await freeName(path, locale === 'en' ? 'edited' : 'sửa tay');
    foreign = readDocx(old)?.marker == null;
    await rename(path, keptAs);
  }
  await writeFile(path, bytes);
  return { keptAs, foreign };
}

/** The paper forms sheet, when "Chấm điểm" exists; a line for the clerk either way. */
export async function reportForms(ctx: CommandContext, book: WorkbookPort): Promise<ScoreForms | null> {
  try {
    const w = await writePaperForms(book, ctx.locale);
    for (const k of w.kept)
      ctx.io.out(
        message(ctx.locale, k.reason === 'edited' ? 'app.keptEdited' : 'app.keptForeign', {
          sheet: k.sheet,
          keptAs: k.keptAs,
        }),
      );
    if (w.sheet) {
      ctx.io.out(
        ctx.locale === 'en'
          ? `Paper score forms: ${w.forms.forms.length} members, sheet "${w.sheet}"`
          : `Phiếu chấm giấy: ${w.forms.forms.length} thành viên, sheet "${w.sheet}"`,
      );
    }
    return w.forms;
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'app.noScores') return null;
    throw e;
  }
}

/** Every document as a Word file in DIR (the forms, when there are any, as one file of one section per member). */
export async function writeDocxFiles(
  ctx: CommandContext,
  dirArg: string,
  documents: readonly ReportDocument[],
  forms: ScoreForms | null,
): Promise<void> {
  const dir = resolve(ctx.io.cwd, dirArg);
  await mkdir(dir, { recursive: true });
  const files: { name: string; docs: readonly ReportDocument[] }[] = documents.map((d) => ({
    name: d.spec.name,
    docs: [d],
  }));
  if (forms && forms.documents.length > 0) files.push({ name: forms.documents[0]!.spec.name, docs: forms.documents });
  for (const f of files) {
    const path = join(dir, docxFileName(f.name));
    const { keptAs, foreign } = await writeDocxKeeping(path, await renderDocx(f.docs), ctx.locale);
    if (keptAs) {
      const kept = basename(keptAs);
      ctx.io.out(
        ctx.locale === 'en'
          ? `"${basename(path)}" ${foreign ? 'was not written by sangkien' : 'had been edited'}, so it was kept as "${kept}".`
          : `Tệp "${basename(path)}" ${foreign ? 'không do sangkien tạo' : 'đã được sửa'} nên được giữ lại với tên "${kept}".`,
      );
    }
    ctx.io.out(`→ ${path}`);
  }
}
