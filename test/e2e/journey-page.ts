// What the journey tests share: reaching a control by Tab alone, scanning the pane with axe, and
// reading or writing the simulated workbook as a person at Excel would.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';

/** Presses Tab until `target` has the focus; fails naming the control when it is never reached. */
export async function tabTo(page: Page, target: Locator, what: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (
      await target
        .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
        .catch(() => false)
    )
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${what} was not reached with Tab after ${maxPresses} presses`);
}

/** Whether `target` (or something inside it) has the focus now. */
export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Fails with every serious or critical axe violation in the task pane, tagged with where it was. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(new AxeBuilder({ page }).include('aside'));
  if (found.length > 0) throw new Error(`accessibility violations at ${where}:\n${found.join('\n')}`);
}

/** The used range of a sheet as plain values, read through Excel.run as the add-in would. */
export type Cell = string | number | boolean;

export async function sheetValues(page: Page, sheet: string): Promise<Cell[][]> {
  return page.evaluate(
    (name) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(name).getUsedRange();
        range.load('values');
        await context.sync();
        return range.values as Cell[][];
      }),
    sheet,
  );
}

/** The used range of a sheet as text: numbers and booleans as their digits and words, empty as ''. */
export async function sheetTexts(page: Page, sheet: string): Promise<string[][]> {
  return (await sheetValues(page, sheet)).map((row) =>
    row.map((v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '')),
  );
}

/** The names of the workbook's sheets, in tab order. */
export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    }),
  );
}

/** Index of the first row holding `header` in any cell (sheets the clerk fills have title lines above). */
export function headerRow(values: readonly (readonly Cell[])[], header: string): number {
  const at = values.findIndex((row) => row.some((v) => v === header));
  if (at < 0) throw new Error(`no row with the header "${header}"`);
  return at;
}
