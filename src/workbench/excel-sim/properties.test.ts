import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_COLS, MAX_ROWS, localAddress, parseLocal, parseQualified, qualifiedAddress } from './address';
import { SimRichApiError } from './errors';
import { createSimulatedExcel } from './index';
import { utf8Length } from './payload';

const rect = fc
  .record({ row: fc.nat(MAX_ROWS - 1), col: fc.nat(MAX_COLS - 1), h: fc.integer({ min: 1, max: 5000 }), w: fc.integer({ min: 1, max: 50 }) })
  .map(({ row, col, h, w }) => ({ row, col, rowCount: Math.min(h, MAX_ROWS - row), colCount: Math.min(w, MAX_COLS - col) }));

describe('properties', () => {
  it('reads back any text written to a cell formatted "@", exactly', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [], { numberFormats: { 'A:A': '@' } });
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), async (text) => {
        const back = await xl.run(async (context) => {
          const r = context.workbook.worksheets.getItem('S').getRange('A1');
          r.values = [[text]];
          r.load('values, text');
          await context.sync();
          return [r.values[0]![0] as unknown, r.text[0]![0]];
        });
        expect(back).toEqual([text, text]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps any apostrophe-prefixed text as text without the apostrophe in a General cell', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), async (text) => {
        const value = await xl.run(async (context) => {
          const r = context.workbook.worksheets.getItem('S').getRange('B2');
          r.values = [[`'${text}`]];
          r.load('values');
          await context.sync();
          return r.values[0]![0] as unknown;
        });
        expect(value).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('never fails on written text except an unparseable formula, which is InvalidArgument', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S');
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }).map((s) => `=${s}`));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const outcome = await xl
          .run(async (context) => {
            const r = context.workbook.worksheets.getItem('S').getRange('C3');
            r.values = [[t]];
            r.load('values, text, valueTypes');
            await context.sync();
            return 'ok';
          })
          .catch((e: unknown) => (e instanceof SimRichApiError ? e.code : e));
        expect(['ok', 'InvalidArgument']).toContain(outcome);
      }),
      { numRuns: 300 },
    );
  });

  it('parses the addresses it prints, for any rectangle and sheet name', () => {
    const sheetName = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 31 })
      .filter((n) => !/[\\/?*[\]:]/.test(n) && !n.startsWith("'") && !n.endsWith("'") && n.trim() !== '');
    fc.assert(
      fc.property(rect, sheetName, (r, name) => {
        expect(parseLocal(localAddress(r))).toEqual(r);
        expect(parseQualified(qualifiedAddress(name, r))).toEqual({ sheet: name, rect: r });
      }),
    );
  });

  it('measures UTF-8 bytes exactly as TextEncoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });
});
