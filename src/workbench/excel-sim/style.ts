// Cell formats are interned: each distinct combination is stored once and cells hold a small
// integer id, so a 250,000-row sheet with a few styles costs one number per cell.

export type BorderEdge = 'top' | 'bottom' | 'left' | 'right';

export interface SimBorder {
  /** Excel.BorderLineStyle: "Continuous", "Dash", "Double", … */
  readonly style: string;
  /** Excel.BorderWeight: "Hairline", "Thin", "Medium", "Thick". */
  readonly weight: string;
  /** "#RRGGBB". */
  readonly color: string;
}

export interface SimStyle {
  readonly numberFormat: string;
  readonly fontName: string;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Excel.RangeUnderlineStyle: "None", "Single", "Double", … */
  readonly underline: string;
  readonly fontColor: string;
  readonly strikethrough: boolean;
  /** Fill colour "#RRGGBB", or null for no fill. */
  readonly fill: string | null;
  /** Excel.HorizontalAlignment: "General", "Left", "Center", "Right", "Justify", … */
  readonly horizontalAlignment: string;
  /** Excel.VerticalAlignment: "Top", "Center", "Bottom", "Justify", "Distributed". */
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly indentLevel: number;
  readonly top: SimBorder | null;
  readonly bottom: SimBorder | null;
  readonly left: SimBorder | null;
  readonly right: SimBorder | null;
  readonly locked: boolean;
  readonly formulaHidden: boolean;
  /** Set when text was entered with a leading apostrophe (Excel's quotePrefix). */
  readonly quotePrefix: boolean;
}

export const DEFAULT_STYLE: SimStyle = Object.freeze({
  numberFormat: 'General',
  fontName: 'Calibri',
  fontSize: 11,
  bold: false,
  italic: false,
  underline: 'None',
  fontColor: '#000000',
  strikethrough: false,
  fill: null,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
  top: null,
  bottom: null,
  left: null,
  right: null,
  locked: true,
  formulaHidden: false,
  quotePrefix: false,
});

export type StylePatch = { -readonly [K in keyof SimStyle]?: SimStyle[K] };

function keyOf(s: SimStyle | StylePatch): string {
  return JSON.stringify(s);
}

/** The interning table; id 0 is always the default style. */
export class StyleTable {
  private readonly list: SimStyle[] = [DEFAULT_STYLE];
  private readonly index = new Map<string, number>([[keyOf(DEFAULT_STYLE), 0]]);
  private readonly derived = new Map<string, number>();

  get(id: number): SimStyle {
    return this.list[id] ?? DEFAULT_STYLE;
  }

  get size(): number {
    return this.list.length;
  }

  intern(s: SimStyle): number {
    const k = keyOf(s);
    const found = this.index.get(k);
    if (found !== undefined) return found;
    const id = this.list.length;
    this.list.push(Object.freeze({ ...s }));
    this.index.set(k, id);
    return id;
  }

  /** Id of style `id` with `patch` applied; memoised so a patch over many cells is a map lookup each. */
  derive(id: number, patch: StylePatch, patchKey: string = keyOf(patch)): number {
    const k = `${id}|${patchKey}`;
    const hit = this.derived.get(k);
    if (hit !== undefined) return hit;
    const next = this.intern({ ...this.get(id), ...patch });
    // Bound the memo so long sessions with many distinct patches do not grow without limit.
    if (this.derived.size > 200_000) this.derived.clear();
    this.derived.set(k, next);
    return next;
  }
}

export function patchKey(patch: StylePatch): string {
  return keyOf(patch);
}
