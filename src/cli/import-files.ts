// `sangkien import A.xlsx B.xlsx …`: a register sent as one file per union, read as one (SPEC §3).
// Each file is read with its own layout and encoding; a file that cannot be read is named with what
// to do and the others are still read. A file that already holds "Sáng kiến" is the council book:
// its ids are kept and the output is built on it; otherwise the output is a new workbook. The exit
// code is non-zero only when nothing at all could be read.

import { readFile } from 'node:fs/promises';
import { basename, relative, resolve } from 'node:path';
import { commitImport, previewImport } from '../app/import';
import { readRegisterFiles, type RegisterFile } from '../app/register-files';
import { importJson, sourceLabel, type SourceInput, type SourceSummary } from '../core/intake';
import { describeProblem, message } from '../core/messages';
import { createXlsx, type XlsxWorkbook } from '../workbook/xlsx';
import type { CommandContext } from './commands';
import { CliError, defaultOutput, identify, type InputFile, outputTarget, saveBook } from './files';
import { loadXlsxFiles } from '../workbook/xlsx/lazy';

/** Each file by its own name; by the path given where two files share a name. */
function labels(cwd: string, paths: readonly string[]): string[] {
  const names = paths.map((p) => basename(p));
  return paths.map((p, i) =>
    names.filter((n) => n === names[i]).length > 1 ? relative(cwd, resolve(cwd, p)) : names[i]!,
  );
}

function sourceLine(ctx: CommandContext, s: SourceSummary): string {
  const en = ctx.locale === 'en';
  const where = s.file === null ? s.sheet : s.status !== 'read' ? s.file : sourceLabel(s.file, s.sheet);
  if (s.status !== 'read')
    return `  ${where}: ${s.problems.map((p) => message(ctx.locale, p.code, p.params)).join(' ')}`;
  const header =
    s.headerRows.first === s.headerRows.last
      ? String(s.headerRows.first)
      : `${s.headerRows.first}–${s.headerRows.last}`;
  const encoding =
    s.encodings.tcvn3 + s.encodings.vni === 0
      ? 'Unicode'
      : [s.encodings.tcvn3 > 0 ? 'TCVN3' : '', s.encodings.vni > 0 ? 'VNI' : ''].filter(Boolean).join(' + ');
  return en
    ? `  ${where}: ${s.stats.rows} initiatives, header row ${header}, ${encoding}, ${s.stats.duplicates} duplicates, ${s.problems.length} problems`
    : `  ${where}: ${s.stats.rows} sáng kiến, dòng tiêu đề ${header}, ${encoding}, ${s.stats.duplicates} trùng, ${s.problems.length} vấn đề`;
}

export async function runImportFiles(ctx: CommandContext): Promise<number> {
  const paths = ctx.positionals;
  const en = ctx.locale === 'en';
  // Every file given is an input: the output may be none of them, by any name or link.
  const inputs = (await Promise.all(paths.map((p) => identify(ctx.io.cwd, p)))).filter((f): f is InputFile => f !== null);
  const to = await outputTarget(ctx.io.cwd, inputs, ctx.values.out, defaultOutput(resolve(ctx.io.cwd, paths[0]!), 'sangkien'), { force: ctx.values.force, locale: ctx.locale });
  const names = labels(ctx.io.cwd, paths);
  const files: RegisterFile[] = [];
  const missing: SourceInput[] = [];
  for (const [i, p] of paths.entries()) {
    try {
      files.push({ name: names[i]!, bytes: await readFile(resolve(ctx.io.cwd, p)) });
    } catch {
      // A path that is not there is one more file that could not be read, not the end of the import.
      missing.push({ file: names[i]!, code: 'file.missing' });
    }
  }
  const read = await readRegisterFiles(files, loadXlsxFiles);
  // The first file holding the add-in's "Sáng kiến" is the council book: ids kept, output built on it.
  const base = read.find((r) => r.registerSheet !== null && r.book !== null);
  const sources: SourceInput[] = [...missing];
  for (const r of read) {
    if (r !== base) sources.push(r.source);
    // The council book's own register sheets, if any, are read like the open workbook's: without a file name.
    else if ('grids' in r.source && r.source.grids.length > 0) sources.push({ grids: r.source.grids });
  }
  // readRegisterFiles opened every file with the .xlsx adapter.
  const book = (base?.book ?? createXlsx()) as XlsxWorkbook;
  const preview = await previewImport(book, { files: sources });
  const { result } = preview;
  const lines = result.sources.map((s) => sourceLine(ctx, s));
  if (result.initiatives.length === 0) {
    throw new CliError(
      `${en ? `No initiative could be read from the ${paths.length} files:` : `Không đọc được sáng kiến nào từ ${paths.length} tệp:`}\n${lines.join('\n')}`,
      1,
    );
  }
  const committed = await commitImport(book, preview, ctx.locale);
  const out = await saveBook(book, to, inputs, ctx.locale, (t) => ctx.io.err(t));
  if (ctx.values.json) ctx.io.out(JSON.stringify(importJson(result, ctx.locale), null, 2));
  const say = (text: string): void => (ctx.values.json ? ctx.io.err(text) : ctx.io.out(text));
  const readCount = result.sources.filter((s) => s.status === 'read').length;
  say(
    en
      ? `Read ${result.initiatives.length} initiatives from ${readCount} of ${result.sources.length} sources (${result.stats.duplicates} duplicates, ${result.problems.length} problems) → ${out}`
      : `Đã đọc ${result.initiatives.length} sáng kiến từ ${readCount}/${result.sources.length} nguồn (${result.stats.duplicates} trùng, ${result.problems.length} vấn đề) → ${out}`,
  );
  say(lines.join('\n'));
  const rowProblems = result.problems.filter((p) => p.row !== null);
  if (rowProblems.length > 0) {
    const shown = rowProblems.slice(0, 50).map((p) => `  ${describeProblem(ctx.locale, p)}`);
    if (rowProblems.length > 50) shown.push(`  … ${rowProblems.length - 50} ${en ? 'more' : 'vấn đề khác'}`);
    say(shown.join('\n'));
  }
  // A clerk's sheet kept under a new name, or the register written beside its source.
  for (const p of committed.problems) ctx.io.err(`  ${describeProblem(ctx.locale, p)}`);
  return 0;
}
