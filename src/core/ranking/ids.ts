// Initiative ids as the sheets hold them; their order is the one of text/ids (by number, never as text).

import { parseId } from '../text/ids';

export { compareIds, idOrder } from '../text/ids';

/** The id as the register writes it ("sk-12" → "SK-0012"), or trimmed upper case when not an SK id. */
export function canonicalId(id: string): string {
  return parseId(id) ?? id.trim().toUpperCase();
}
