// Prints plans as a clerk would: each written to .xlsx by the real adapter, converted to PDF by
// LibreOffice (one run, a private profile), read back with poppler.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SheetPlan } from '../../src/core/sheet/plan';
import { createXlsx } from '../../src/workbook/xlsx';

export const PRINT_TOOLS = ['soffice', 'pdfinfo', 'pdftotext'] as const;

export function hasTool(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

export interface PrintedPlan {
  readonly plan: SheetPlan;
  readonly pdf: string;
  /** Text of each page (pdftotext -layout), NFC. */
  readonly pages: string[];
  /** Width × height of each page in points. */
  readonly sizes: [number, number][];
}

export async function writeXlsx(plan: SheetPlan, file: string): Promise<void> {
  const wb = createXlsx();
  await wb.apply([{ kind: 'writePlan', plan }]);
  writeFileSync(file, await wb.toBuffer());
}

/** Converts .xlsx files with LibreOffice into `format` ("pdf", "fods") beside them in `dir`. */
export function convert(dir: string, files: readonly string[], format: string, timeoutMs = 900_000): void {
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      dir,
      ...files,
    ],
    { encoding: 'utf8', timeout: timeoutMs },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${String(run.status)}): ${run.stderr}`);
}

export function pageSizes(pdf: string): [number, number][] {
  const out = spawnSync('pdfinfo', ['-f', '1', '-l', '99999', pdf], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).stdout;
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
}

export function pdfPages(pdf: string): string[] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }).stdout.normalize('NFC');
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** Writes each plan as `<prefix><role>.xlsx` in `dir`, prints them all to PDF and reads the pages. */
export async function printPlans(
  plans: readonly SheetPlan[],
  dir: string,
  prefix = '',
  timeoutMs?: number,
): Promise<PrintedPlan[]> {
  const files: string[] = [];
  for (const plan of plans) {
    const file = join(dir, `${prefix}${plan.role}.xlsx`);
    await writeXlsx(plan, file);
    files.push(file);
  }
  convert(dir, files, 'pdf', timeoutMs);
  return plans.map((plan) => {
    const pdf = join(dir, `${prefix}${plan.role}.pdf`);
    return { plan, pdf, pages: pdfPages(pdf), sizes: pageSizes(pdf) };
  });
}

/**
 * Row heights (points) of the first sheet of a flat ODF spreadsheet, row by row from the top, as
 * LibreOffice laid them out (its optimal height where the file left the height to it).
 */
export function fodsRowHeights(fods: string): number[] {
  const xml = readFileSync(fods, 'utf8');
  const styles = new Map<string, number>();
  for (const m of xml.matchAll(
    /style:name="(ro\d+)" style:family="table-row">\s*<style:table-row-properties[^>]*?style:row-height="([\d.]+)(in|cm)"/g,
  )) {
    styles.set(m[1]!, m[3] === 'in' ? Number(m[2]) * 72 : (Number(m[2]) / 2.54) * 72);
  }
  const table = xml.slice(xml.indexOf('<table:table '), xml.indexOf('</table:table>'));
  const out: number[] = [];
  for (const m of table.matchAll(
    /<table:table-row table:style-name="(ro\d+)"(?: table:number-rows-repeated="(\d+)")?/g,
  )) {
    const h = styles.get(m[1]!) ?? 0;
    const repeat = Math.min(Number(m[2] ?? 1), 100_000);
    for (let i = 0; i < repeat && out.length < 100_000; i++) out.push(h);
  }
  return out;
}

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: PdfWord[];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Every word of every page with its box (points from the top left), from pdftotext -bbox. */
export function pdfWords(pdf: string): PdfPage[] {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).stdout;
  const pages: PdfPage[] = [];
  for (const part of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(part);
    const words: PdfWord[] = [];
    for (const m of part.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      words.push({
        text: unescapeXml(m[5]!).normalize('NFC'),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      });
    }
    pages.push({ width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words });
  }
  return pages;
}
