import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, isSimErrorCode } from './index';

async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('the request model', () => {
  it('throws PropertyNotLoaded when range.values is read before load and sync', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1', [[1, 2]]);
    await xl.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      // Loaded but not yet synced: still not available, as in office.js.
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
    });
  });

  it('accepts every load form: "a,b", ["a"], paths and { select }', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1', [['x']], { bold: ['A1'] });
    await xl.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const a = ws.getRange('A1').load('values, address');
      const b = ws.getRange('A1').load(['rowCount']);
      const c = ws.getRange('A1').load('format/font/bold');
      const d = ws.getRange('A1').load({ select: 'columnIndex', expand: 'format/font' });
      await context.sync();
      expect(a.address).toBe('Sheet1!A1');
      expect(a.values).toEqual([['x']]);
      expect(b.rowCount).toBe(1);
      expect(c.format.font.bold).toBe(true);
      expect(d.columnIndex).toBe(0);
      expect(d.format.font.name).toBe('Calibri');
    });
  });

  it('applies queued writes at sync, in order, and reads see earlier writes of the same request', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [[1]];
      const before = r.getOffsetRange(0, 0).load('values');
      r.values = [[2]];
      expect(xl.state.cell('Sheet1', 'A1').value).toBeNull();
      await context.sync();
      expect(before.values).toEqual([[1]]);
      expect(xl.state.cell('Sheet1', 'A1').value).toBe(2);
    });
  });

  it('reports a missing sheet from getItem as ItemNotFound at sync, and getItemOrNullObject as a null object', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    const err = await rejectionOf(
      xl.run(async (context) => {
        context.workbook.worksheets.getItem('Nope');
        await context.sync();
      }),
    );
    expect(isSimErrorCode(err, 'ItemNotFound')).toBe(true);
    await xl.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const there = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
      // Calls on a null object are ignored, so "delete if present" is one line.
      missing.delete();
      await context.sync();
    });
  });

  it('loads collections: items after load, with the requested item properties', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sáng kiến');
    xl.state.addSheet('Hội đồng', [], { visibility: 'Hidden' });
    await xl.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheets.load('items/name,items/visibility,items/position');
      const count = sheets.getCount();
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility, s.position])).toEqual([
        ['Sáng kiến', 'Visible', 0],
        ['Hội đồng', 'Hidden', 1],
      ]);
      expect(count.value).toBe(2);
    });
  });

  it('counts one sync per request with pending calls and measures each request in bytes', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    await xl.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      await context.sync();
      ws.getRange('A1:B1').values = [['ngắn', 1]];
      await context.sync();
      ws.getRange('A1:B1').values = [['một chuỗi dài hơn nhiều', 123456]];
      await context.sync();
      // Nothing queued: no round trip.
      await context.sync();
    });
    expect(xl.stats.syncs).toBe(3);
    const [first, second, third] = xl.stats.requestBytes;
    expect(second!).toBeGreaterThan(first!);
    expect(third!).toBeGreaterThan(second!);
    // UTF-8: "ắ" counts three bytes.
    expect(third! - second!).toBe(
      new TextEncoder().encode('"một chuỗi dài hơn nhiều",123456').length - new TextEncoder().encode('"ngắn",1').length,
    );
    xl.stats.reset();
    expect(xl.stats.syncs).toBe(0);
    let heard = 0;
    const stop = xl.onSync(() => heard++);
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('C1').values = [[1]];
      await context.sync();
    });
    await Promise.resolve();
    stop();
    expect(heard).toBe(1);
  });

  it('refuses a 6 MB write with RequestPayloadSizeLimitExceeded and leaves the workbook unchanged', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1', [['keep']]);
    const rows = Array.from({ length: 60_000 }, (_, i) => [
      `Sáng kiến số ${i} về tiết kiệm năng lượng trong sản xuất xi măng`,
      i,
      'Công ty Cổ phần Xi măng Hà Tiên',
    ]);
    const err = await rejectionOf(
      xl.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        ws.getRange('Z1').values = [['first call of the request']];
        ws.getRange(`A1:C${rows.length}`).values = rows;
        await context.sync();
      }),
    );
    expect(isSimErrorCode(err, 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(xl.stats.requestBytes[0]).toBeGreaterThan(6_000_000);
    expect(xl.state.cell('Sheet1', 'A1').value).toBe('keep');
    expect(xl.state.cell('Sheet1', 'Z1').value).toBeNull();
  });

  it('refuses a read of more cells than the response limit', async () => {
    const xl = createSimulatedExcel({ maxReadCells: 1_000 });
    xl.state.addSheet('Sheet1', [[1]]);
    const err = await rejectionOf(
      xl.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:J101').load('values');
        await context.sync();
        return r.values;
      }),
    );
    expect(isSimErrorCode(err, 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('counts loaded values in the request bytes and refuses a response over the limit', async () => {
    const xl = createSimulatedExcel({ maxRequestBytes: 10_000 });
    xl.state.addSheet('Sheet1', Array.from({ length: 1_000 }, (_, i) => [`row ${i}`, i]));
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B10').load('values');
      await context.sync();
    });
    const small = xl.stats.requestBytes[0]!;
    expect(small).toBeGreaterThan(JSON.stringify([['row 0', 0]]).length * 10);
    const err = await rejectionOf(
      xl.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1000').load('values');
        await context.sync();
      }),
    );
    expect(isSimErrorCode(err, 'ResponsePayloadSizeLimitExceeded')).toBe(true);
  });

  it('flushes calls queued after the last sync when Excel.run ends', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    await xl.run((context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['late']];
      return Promise.resolve();
    });
    expect(xl.state.cell('Sheet1', 'B2').value).toBe('late');
  });

  it('stops at the failing call: earlier calls of the request stay applied, later ones do not run', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    const err = await rejectionOf(
      xl.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Sheet1');
        ws.getRange('A1').values = [['before']];
        ws.getRange('A2:B2').values = [['only one column']];
        ws.getRange('A3').values = [['after']];
        await context.sync();
      }),
    );
    expect(isSimErrorCode(err, 'InvalidArgument')).toBe(true);
    expect(err).toMatchObject({
      name: 'RichApi.Error',
      debugInfo: { code: 'InvalidArgument', errorLocation: 'Range.values' },
      message: expect.stringContaining("doesn't match the size or dimensions of the range") as unknown,
    });
    expect(xl.state.cell('Sheet1', 'A1').value).toBe('before');
    expect(xl.state.cell('Sheet1', 'A3').value).toBeNull();
  });

  it('answers isSetSupported from the configured ExcelApi version and fails newer APIs with ApiNotFound', async () => {
    const xl = createSimulatedExcel({ apiVersion: '1.9' });
    expect(xl.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(xl.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(xl.isSetSupported('ExcelApi')).toBe(true);
    expect(xl.isSetSupported('WordApi', '1.1')).toBe(false);
    expect(xl.isSetSupported('ExcelApi', 1.9)).toBe(true);
    xl.state.addSheet('Sheet1');
    const err = await rejectionOf(
      xl.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').getMergedAreasOrNullObject();
        await context.sync();
      }),
    );
    expect(isSimErrorCode(err, 'ApiNotFound')).toBe(true);
  });

  it('installs Excel, Office and OfficeExtension globals that add-in code uses', async () => {
    const xl = createSimulatedExcel({ displayLanguage: 'en-US', apiVersion: '1.12' });
    xl.state.addSheet('Sheet1');
    const g: Record<string, unknown> = {};
    xl.installGlobals(g);
    const office = g['Office'] as typeof Office;
    const excel = g['Excel'] as typeof Excel;
    expect(office.context.displayLanguage).toBe('en-US');
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await expect(office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(excel.HorizontalAlignment.center).toBe('Center');
    const name = await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return ws.name;
    });
    expect(name).toBe('Sheet1');
    office.actions.associate('rank', () => undefined);
    expect(xl.actions.has('rank')).toBe(true);
    await excel.createWorkbook('UEsDBA==');
    expect(xl.createdWorkbooks).toEqual(['UEsDBA==']);
  });
});

describe('guards against misuse', () => {
  it('names a member the simulator lacks instead of failing with "undefined is not a function"', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => r.getSpillingToRange()).toThrow(/Range\.getSpillingToRange is not simulated/);
      await context.sync();
    });
  });

  it('refuses an object from another Excel.run as an argument, at call time', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    const stale = await xl.run((context) => Promise.resolve(context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2')));
    await xl.run(async (context) => {
      expect(() => context.workbook.names.add('X', stale)).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
      await context.sync();
    });
  });
});
