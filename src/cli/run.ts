// The commands' bodies: open the input, run the same use case the task pane runs, save beside it.

import { join } from 'node:path';
import { assignReviewers } from '../app/council';
import { previewSecondRound, runSecondRound, secondRoundText } from '../app/second-round';
import { buildPackets, collectPackets } from '../app/packets';
import { commitImport, previewImport } from '../app/import';
import { runImportFiles } from './import-files';
import { rankAndTier } from '../app/rank';
import { importJson } from '../core/intake';
import { describeProblem, message } from '../core/messages';
import type { Problem } from '../core/problems';
import { rankJson } from '../core/ranking';
import { createXlsx, XLSX_CAPABILITIES } from '../workbook/xlsx';
import type { CommandContext } from './commands';
import { CliError, defaultOutput, openInput, outputTarget, packetFolder, saveBook, type InputFile } from './files';
import { reportForms, writeDocxFiles } from './report';

function problemsText(ctx: CommandContext, problems: readonly Problem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `  ${describeProblem(ctx.locale, p)}`);
  if (problems.length > limit) lines.push(`  … ${problems.length - limit} ${ctx.locale === 'en' ? 'more' : 'vấn đề khác'}`);
  return lines.join('\n');
}

/** Human-readable lines go to stderr when --json owns stdout, so the JSON stays parseable. */
function say(ctx: CommandContext, text: string): void {
  if (ctx.values.json) ctx.io.err(text);
  else ctx.io.out(text);
}

/** Where this command writes (checked before any work): -o, or the input's name with a suffix. */
function target(ctx: CommandContext, inputs: readonly InputFile[], suffix: string): ReturnType<typeof outputTarget> {
  return outputTarget(ctx.io.cwd, inputs, ctx.values.out, defaultOutput(inputs[0]!.path, suffix), { force: ctx.values.force, locale: ctx.locale });
}

/** Saves safely (see files.ts) and returns the name written, saying so when a free name was taken. */
function save(ctx: CommandContext, book: Parameters<typeof saveBook>[0], to: Awaited<ReturnType<typeof outputTarget>>, inputs: readonly InputFile[]): Promise<string> {
  return saveBook(book, to, inputs, ctx.locale, (t) => ctx.io.err(t));
}

export async function runImport(ctx: CommandContext): Promise<number> {
  if (ctx.positionals.length > 1) return runImportFiles(ctx);
  const { book, file } = await openInput(ctx.io.cwd, ctx.positionals[0], ctx.locale);
  const to = await target(ctx, [file], 'sangkien');
  const sheet = typeof ctx.values.sheet === 'string' ? ctx.values.sheet : undefined;
  if (sheet !== undefined) {
    const names = (await book.listSheets()).map((s) => s.name);
    const key = (n: string): string => n.normalize('NFC').toLowerCase();
    if (!names.some((n) => key(n) === key(sheet))) {
      throw new CliError(message(ctx.locale, 'file.sheetMissing', { file: file.arg, sheet, sheets: names.map((n) => `"${n}"`).join(', ') }), 1);
    }
  }
  const preview = await previewImport(book, sheet ? { sheet } : {});
  const { result } = preview;
  if (result.headerRows.first === 0) {
    throw new CliError(
      ctx.locale === 'en'
        ? `No register table was found${sheet ? ` on sheet "${sheet}"` : ''}.\n${problemsText(ctx, result.problems)}`
        : `Không tìm thấy bảng danh sách sáng kiến${sheet ? ` trong sheet "${sheet}"` : ''}.\n${problemsText(ctx, result.problems)}`,
      1,
    );
  }
  const committed = await commitImport(book, preview, ctx.locale);
  const out = await save(ctx, book, to, [file]);
  if (ctx.values.json) ctx.io.out(JSON.stringify(importJson(result, ctx.locale), null, 2));
  say(
    ctx,
    ctx.locale === 'en'
      ? `Read ${result.initiatives.length} initiatives from "${result.sheet}" (${result.stats.duplicates} duplicates, ${result.problems.length} problems) → ${out}`
      : `Đã đọc ${result.initiatives.length} sáng kiến từ "${result.sheet}" (${result.stats.duplicates} trùng, ${result.problems.length} vấn đề) → ${out}`,
  );
  if (result.problems.length > 0) say(ctx, problemsText(ctx, result.problems));
  // A clerk's sheet kept under a new name, or the register written beside its source.
  if (committed.problems.length > 0) ctx.io.err(problemsText(ctx, committed.problems));
  return 0;
}

export async function runAssign(ctx: CommandContext): Promise<number> {
  if (ctx.values['second-round']) return runSecondRoundCommand(ctx);
  const { book, file } = await openInput(ctx.io.cwd, ctx.positionals[0], ctx.locale);
  const to = await target(ctx, [file], 'phancong');
  const perText = ctx.values.per;
  const per = typeof perText === 'string' ? Number(perText) : undefined;
  if (per !== undefined && (!Number.isInteger(per) || per < 1)) {
    throw new CliError(ctx.locale === 'en' ? '--per takes a whole number of reviewers (e.g. 3).' : '--per cần một số nguyên người chấm (ví dụ 3).');
  }
  const r = await assignReviewers(book, { ...(per !== undefined ? { perInitiative: per } : {}), locale: ctx.locale });
  const fatal = r.refused === true || r.problems.some((p) => p.code === 'app.noRegister');
  if (fatal) throw new CliError(problemsText(ctx, r.problems), 1);
  const out = await save(ctx, book, to, [file]);
  ctx.io.out(
    ctx.locale === 'en'
      ? `Assigned ${r.pairs} reviews (${r.perInitiative} per initiative) to ${r.loads.size} members → ${out}`
      : `Đã phân công ${r.pairs} lượt chấm (${r.perInitiative} người mỗi sáng kiến) cho ${r.loads.size} thành viên → ${out}`,
  );
  if (r.problems.length > 0) ctx.io.out(problemsText(ctx, r.problems));
  return 0;
}

/** `assign --second-round`: one more reviewer per pivotal initiative; nothing pivotal, nothing written. */
async function runSecondRoundCommand(ctx: CommandContext): Promise<number> {
  if (ctx.values.per !== undefined) {
    throw new CliError(ctx.locale === 'en' ? '--per and --second-round cannot be used together.' : 'Không dùng --per cùng với --second-round.');
  }
  const { book, file } = await openInput(ctx.io.cwd, ctx.positionals[0], ctx.locale);
  const preview = await previewSecondRound(book);
  // Nothing pivotal (or no one left to add): say so, and write no file at all.
  if (preview.pairs.length === 0) {
    ctx.io.out(secondRoundText(ctx.locale, preview));
    return 0;
  }
  const to = await target(ctx, [file], `vong${preview.round}`);
  const r = await runSecondRound(book, { locale: ctx.locale });
  const out = await save(ctx, book, to, [file]);
  ctx.io.out(`${secondRoundText(ctx.locale, r)}\n→ ${out}`);
  if (r.problems.length > 0) ctx.io.out(problemsText(ctx, r.problems));
  return 0;
}

export async function runRank(ctx: CommandContext, write: 'all' | 'reports' = 'all'): Promise<number> {
  const { book, file } = await openInput(ctx.io.cwd, ctx.positionals[0], ctx.locale);
  const to = await target(ctx, [file], write === 'all' ? 'xephang' : 'baocao');
  const outcome = await rankAndTier(book, { locale: ctx.locale, write });
  // Lists of zeros ranked from nothing would look like results: say what is missing instead.
  if (outcome.result.initiatives.every((r) => r.reviewCount === 0)) {
    const problems = outcome.problems.filter((p) => p.severity === 'error');
    throw new CliError(`${message(ctx.locale, 'app.noScoresEntered', { file: file.arg })}${problems.length > 0 ? `\n${problemsText(ctx, problems)}` : ''}`, 1);
  }
  const forms = write === 'reports' ? await reportForms(ctx, book) : null;
  const out = await save(ctx, book, to, [file]);
  if (write === 'reports' && typeof ctx.values.docx === 'string' && ctx.values.docx !== '') await writeDocxFiles(ctx, ctx.values.docx, outcome.documents, forms);
  if (ctx.values.json) ctx.io.out(JSON.stringify(rankJson(outcome.result), null, 2));
  const c = outcome.result.counts;
  say(
    ctx,
    ctx.locale === 'en'
      ? `Ranked ${c.complete} complete initiatives of ${c.registered} (${c.passed} passed; Nhất ${c.perTier['Nhất']}, Nhì ${c.perTier['Nhì']}, Ba ${c.perTier['Ba']}, Khuyến khích ${c.perTier['Khuyến khích']}); UBND list ${outcome.result.lists.ubnd.length}, national ${outcome.result.lists.national.length}, media ${outcome.result.lists.media.length} → ${out}`
      : `Đã xếp hạng ${c.complete}/${c.registered} sáng kiến đủ phiếu (${c.passed} đạt; Nhất ${c.perTier['Nhất']}, Nhì ${c.perTier['Nhì']}, Ba ${c.perTier['Ba']}, Khuyến khích ${c.perTier['Khuyến khích']}); DS UBND ${outcome.result.lists.ubnd.length}, TLĐ ${outcome.result.lists.national.length}, phóng sự ${outcome.result.lists.media.length} → ${out}`,
  );
  for (const k of outcome.kept) say(ctx, message(ctx.locale, k.reason === 'edited' ? 'app.keptEdited' : 'app.keptForeign', { sheet: k.sheet, keptAs: k.keptAs }));
  if (!XLSX_CAPABILITIES.charts) say(ctx, message(ctx.locale, 'app.noCharts'));
  if (outcome.problems.length > 0) say(ctx, problemsText(ctx, outcome.problems));
  return 0;
}

export async function runPackets(ctx: CommandContext): Promise<number> {
  const { book, file } = await openInput(ctx.io.cwd, ctx.positionals[0], ctx.locale);
  const dirArg = ctx.values.out;
  if (typeof dirArg !== 'string' || dirArg === '') {
    throw new CliError(ctx.locale === 'en' ? 'Name the folder for the packets with --out DIR.' : 'Hãy chỉ ra thư mục ghi phiếu chấm với --out DIR.');
  }
  const { packets, problems } = await buildPackets(book, ctx.locale);
  if (packets.length === 0) throw new CliError(problemsText(ctx, problems), 1);
  const dir = await packetFolder(ctx.io.cwd, dirArg, ctx.locale);
  for (const p of packets) {
    const out = createXlsx();
    await out.apply(p.plans.map((plan) => (plan.role === 'meta' ? { kind: 'writePlan', plan, visibility: 'hidden' } : { kind: 'writePlan', plan })));
    // A packet already in the folder (perhaps returned with scores) is kept: the new one takes a free name.
    const written = await save(ctx, out, { path: join(dir, p.fileName), explicit: false, force: false }, [file]);
    ctx.io.out(`${p.memberId} ${p.memberName}: ${p.items} → ${written}`);
  }
  return 0;
}

export async function runCollect(ctx: CommandContext): Promise<number> {
  const [bookPath, ...packetPaths] = ctx.positionals;
  const { book, file } = await openInput(ctx.io.cwd, bookPath, ctx.locale);
  if (packetPaths.length === 0) throw new CliError(ctx.locale === 'en' ? 'Name at least one returned packet (.xlsx).' : 'Hãy chỉ ra ít nhất một phiếu chấm đã điền (.xlsx).');
  const inputs: InputFile[] = [file];
  const packets = [];
  for (const p of packetPaths) {
    const pk = await openInput(ctx.io.cwd, p, ctx.locale);
    const same = inputs.find((i) => i.real === pk.file.real || (i.dev === pk.file.dev && i.ino === pk.file.ino));
    if (same) {
      ctx.io.err(message(ctx.locale, 'file.sameFileTwice', { file: p }));
      continue;
    }
    inputs.push(pk.file);
    const sheets = await pk.book.listSheets();
    packets.push({ source: p, grids: await pk.book.readSheets(sheets.map((s) => ({ name: s.name }))) });
  }
  const to = await target(ctx, inputs, 'thuphieu');
  const outcomes = await collectPackets(book, packets);
  let refused = 0;
  for (const o of outcomes) {
    if (o.refusals.length > 0) {
      refused += 1;
      ctx.io.err(`${o.source}: ${ctx.locale === 'en' ? 'refused' : 'bị từ chối'}\n${problemsText(ctx, o.refusals)}`);
      continue;
    }
    ctx.io.out(`${o.source} (${o.memberId ?? '?'}): ${ctx.locale === 'en' ? `${o.written} cells written` : `đã ghi ${o.written} ô`}`);
    for (const c of o.conflicts) {
      ctx.io.out(
        ctx.locale === 'en'
          ? `  ${c.initiativeId}/${c.memberId} ${c.field} at ${c.column}${c.row}: book has ${String(c.existing)}, packet has ${String(c.incoming)} — not overwritten, decide and correct by hand`
          : `  ${c.initiativeId}/${c.memberId} ${c.field} tại ${c.column}${c.row}: sổ ghi ${String(c.existing)}, phiếu ghi ${String(c.incoming)} — không ghi đè, hãy quyết định và sửa tay`,
      );
    }
    if (o.problems.length > 0) ctx.io.out(problemsText(ctx, o.problems));
  }
  const out = await save(ctx, book, to, inputs);
  ctx.io.out(`→ ${out}`);
  return refused > 0 ? 1 : 0;
}
