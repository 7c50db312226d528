// Base of the proxies that stand for a part of a worksheet (protection, freeze panes, page layout).

import { SimObject } from '../client';
import type { SimSheet } from '../sheet';
import type { SimWorksheet } from './worksheet';

/** The proxy of a part of a worksheet (protection, freeze panes, page layout). */
export abstract class SheetPart extends SimObject<SimSheet> {
  constructor(
    readonly sheetProxy: SimWorksheet,
    suffix: string,
  ) {
    super(sheetProxy.context, `${sheetProxy.path}.${suffix}`);
  }
  protected resolveTarget(): SimSheet | null {
    return this.sheetProxy.target();
  }
}

