// Small readers over our own manifest's text, shared by the manifest and build tests.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// SANGKIEN_SCHEMAS_DIR moves the schemas, as the validator script allows (e.g. to try a machine without them).
export const SCHEMAS_DIR = process.env['SANGKIEN_SCHEMAS_DIR'] ?? resolve(ROOT, '../shared/schemas/office-addin-manifest');

/** 1-based line of the first occurrence of needle; throws if absent so a test cannot pass on a typo. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, at).split('\n').length;
}

export interface RibbonButton {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly action: string;
  /** The task pane URL for ShowTaskpane, the function name for ExecuteFunction. */
  readonly target: string;
}

function resource(xml: string, id: string): { value: string; en: string } {
  const m = new RegExp(
    `<bt:(?:String|Url) id="${id.replace(/\./g, '\\.')}" DefaultValue="([^"]*)"(?:/>|>\\s*<bt:Override Locale="en-US" Value="([^"]*)"/>)`,
  ).exec(xml);
  if (!m) throw new Error(`resource ${id} is not defined`);
  return { value: m[1] ?? '', en: m[2] ?? '' };
}

/** The buttons on the ribbon, with their labels and actions resolved through <Resources>. */
export function ribbonButtons(xml: string): RibbonButton[] {
  const buttons: RibbonButton[] = [];
  for (const m of xml.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)) {
    const body = m[2] ?? '';
    const labelId = /<Label resid="([^"]+)"\/>/.exec(body)?.[1] ?? '';
    const action = /<Action xsi:type="([^"]+)">/.exec(body)?.[1] ?? '';
    const fn = /<FunctionName>([^<]+)<\/FunctionName>/.exec(body)?.[1];
    const urlId = /<SourceLocation resid="([^"]+)"\/>/.exec(body)?.[1];
    const label = resource(xml, labelId);
    buttons.push({
      id: m[1] ?? '',
      label: label.value,
      labelEn: label.en,
      action,
      target: fn ?? (urlId === undefined ? '' : resource(xml, urlId).value),
    });
  }
  return buttons;
}
