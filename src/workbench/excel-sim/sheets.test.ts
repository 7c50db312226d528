import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, isSimErrorCode } from './index';

describe('worksheets and workbook objects', () => {
  it('adds, renames, moves, hides, colours and deletes sheets with Excel’s rules', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sheet1');
    await xl.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.add('Sáng kiến');
      const b = sheets.add();
      b.load('name');
      await context.sync();
      expect(b.name).toBe('Sheet3');
      a.name = 'Xếp hạng';
      a.position = 0;
      a.tabColor = '#00b050';
      b.visibility = 'Hidden';
      context.workbook.worksheets.getItem('Sheet1').delete();
      await context.sync();
    });
    expect(xl.state.sheetNames()).toEqual(['Xếp hạng', 'Sheet3']);
    expect(xl.state.getSheet('Xếp hạng').tabColor).toBe('#00B050');
    const bad = await xl
      .run(async (context) => {
        context.workbook.worksheets.add('a/b');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(bad, 'InvalidArgument')).toBe(true);
    const dup = await xl
      .run(async (context) => {
        context.workbook.worksheets.add('XẾP HẠNG');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(dup, 'ItemAlreadyExists')).toBe(true);
    const last = await xl
      .run(async (context) => {
        context.workbook.worksheets.getItem('Xếp hạng').delete();
        await context.sync();
      })
      .catch((e: unknown) => e);
    // The only visible sheet cannot go.
    expect(isSimErrorCode(last, 'InvalidOperation')).toBe(true);
  });

  it('freezes panes and sets up the printed page', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S');
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.freezePanes.freezeRows(3);
      const p = s.pageLayout;
      p.orientation = 'Landscape';
      p.paperSize = 'A4';
      p.leftMargin = 85;
      p.centerHorizontally = true;
      p.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      p.setPrintTitleRows('$5:$6');
      p.setPrintArea('A1:H40');
      const loc = s.freezePanes.getLocationOrNullObject().load('address');
      await context.sync();
      expect(loc.address).toBe('S!1:3');
    });
    const s = xl.state.getSheet('S');
    expect(s.freeze).toEqual({ rows: 3, cols: 0 });
    expect(s.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      leftMargin: 85,
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$5:$6',
      printArea: '$A$1:$H$40',
    });
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem('S').freezePanes.freezeAt('A1:B2');
      await context.sync();
    });
    expect(s.freeze).toEqual({ rows: 2, cols: 2 });
  });

  it('refuses writes to locked cells of a protected sheet and allows unlocked ones', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Chấm điểm', [['Mã SK', 'TM']]);
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Chấm điểm');
      s.getRange('B2:B10').format.protection.locked = false;
      s.protection.protect({ allowFormatColumns: true }, 'pw');
      s.getRange('B2').values = [[25]];
      s.protection.load('protected');
      await context.sync();
      expect(s.protection.protected).toBe(true);
    });
    const err = await xl
      .run(async (context) => {
        context.workbook.worksheets.getItem('Chấm điểm').getRange('A2').values = [['SK-0001']];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(err, 'AccessDenied')).toBe(true);
    expect(xl.state.cell('Chấm điểm', 'B2').value).toBe(25);
    const wrong = await xl
      .run(async (context) => {
        context.workbook.worksheets.getItem('Chấm điểm').protection.unprotect('nope');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(wrong, 'InvalidArgument')).toBe(true);
    // Protecting again and unprotecting twice are no-ops, and the first password still holds.
    await xl.run(async (context) => {
      const p = context.workbook.worksheets.getItem('Chấm điểm').protection;
      p.protect({}, 'other');
      await context.sync();
      p.unprotect('pw');
      p.unprotect();
      await context.sync();
    });
    expect(xl.state.getSheet('Chấm điểm').protection.protected).toBe(false);
  });

  it('refuses formats, widths and merges on a protected sheet unless its options allow them', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [['a']]);
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('B:B').format.protection.locked = false;
      s.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    const attempt = (f: (s: Excel.Worksheet) => void) =>
      xl
        .run(async (context) => {
          f(context.workbook.worksheets.getItem('S'));
          await context.sync();
          return 'ok';
        })
        .catch((e: unknown) => (isSimErrorCode(e, 'AccessDenied') ? 'AccessDenied' : e));
    expect(await attempt((s) => (s.getRange('B2').values = [['typed']]))).toBe('ok');
    // Formatting is refused even on unlocked cells without allowFormatCells.
    expect(await attempt((s) => (s.getRange('B2').format.font.bold = true))).toBe('AccessDenied');
    expect(await attempt((s) => (s.getRange('B2').numberFormat = [['@']]))).toBe('AccessDenied');
    expect(await attempt((s) => (s.getRange('B:B').format.columnWidth = 100))).toBe('ok');
    expect(await attempt((s) => (s.getRange('2:2').format.rowHeight = 30))).toBe('AccessDenied');
    expect(await attempt((s) => s.getRange('B2:B3').merge())).toBe('AccessDenied');
    expect(await attempt((s) => s.getRange('A1').clear('Contents'))).toBe('AccessDenied');
  });

  it('adds tables with unique text headers and refuses one over merged cells', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [
      ['Mã', null, 'Mã'],
      [1, 2, 3],
    ]);
    await xl.run(async (context) => {
      const t = context.workbook.worksheets.getItem('S').tables.add('A1:C2', true);
      t.name = 'Bang_SangKien';
      t.load('name');
      const body = t.getDataBodyRange().load('address');
      await context.sync();
      expect(body.address).toBe('S!A2:C2');
    });
    expect(xl.state.grid('S')[0]).toEqual(['Mã', 'Column2', 'Mã2']);
    expect(xl.state.findTable('bang_sangkien')?.rect).toEqual({ row: 0, col: 0, rowCount: 2, colCount: 3 });
    xl.state.addSheet('M', [['a', 'b']], { merges: ['A1:B1'] });
    const err = await xl
      .run(async (context) => {
        context.workbook.tables.add('M!A1:B3', true);
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(err, 'MergedRangeConflict')).toBe(true);
  });

  it('adds charts with their source and position', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Thống kê', [
      ['Lĩnh vực', 'Số'],
      ['Giáo dục', 3],
    ]);
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Thống kê');
      const chart = s.charts.add('ColumnClustered', s.getRange('A1:B2'), 'Auto');
      chart.title.text = 'Theo lĩnh vực';
      chart.setPosition('D2', 'J15');
      await context.sync();
    });
    expect(xl.state.getSheet('Thống kê').charts[0]).toMatchObject({
      type: 'ColumnClustered',
      source: "'Thống kê'!A1:B2",
      title: 'Theo lĩnh vực',
      startCell: "'Thống kê'!D2",
      endCell: "'Thống kê'!J15",
    });
  });

  it('keeps named items pointing at their sheet through a rename, and #REF! after delete', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sáng kiến', [['a']]);
    xl.state.addSheet('Khác');
    await xl.run(async (context) => {
      context.workbook.names.add('SK_SangKien', context.workbook.worksheets.getItem('Sáng kiến').getRange('A1:M1'));
      await context.sync();
      context.workbook.worksheets.getItem('Sáng kiến').name = 'DS';
      const item = context.workbook.names.getItemOrNullObject('sk_sangkien').load('value, type');
      const missing = context.workbook.names.getItemOrNullObject('SK_Khac');
      const range = item.getRange().load('address');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(item.value).toBe('DS!$A$1:$M$1');
      expect(item.type).toBe('Range');
      expect(range.address).toBe('DS!A1:M1');
      const dup = context.workbook.names.add('SK_SangKien', 'DS!A1');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      void dup;
    });
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem('DS').delete();
      const all = context.workbook.names.load('items/name,items/value');
      await context.sync();
      expect(all.items.map((n): unknown[] => [n.name, n.value as unknown])).toEqual([['SK_SangKien', '#REF!']]);
    });
  });

  it('stores workbook settings and custom properties', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S');
    await xl.run(async (context) => {
      context.workbook.settings.add('sangkien.version', { schema: 2 });
      context.workbook.properties.custom.add('SK_Fingerprint', 'abc123');
      const s = context.workbook.settings.getItem('sangkien.version').load('value');
      const p = context.workbook.properties.custom.getItemOrNullObject('sk_fingerprint').load('value, type');
      const none = context.workbook.properties.custom.getItemOrNullObject('nope');
      await context.sync();
      expect(s.value).toEqual({ schema: 2 });
      expect(p.value).toBe('abc123');
      expect(p.type).toBe('String');
      expect(none.isNullObject).toBe(true);
    });
    expect(xl.state.customProperties.get('SK_Fingerprint')).toBe('abc123');
  });

  it('sets data validation rules, prompts and alerts, and clears them', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S');
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('C2:C100');
      r.dataValidation.rule = { decimal: { formula1: 0, formula2: 30, operator: 'Between' } };
      r.dataValidation.prompt = { showPrompt: true, title: 'TM', message: 'Từ 0 đến 30' };
      r.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai điểm', message: 'Nhập 0–30' };
      const list = context.workbook.worksheets.getItem('S').getRange('D2:D100');
      list.dataValidation.rule = { list: { inCellDropDown: true, source: 'x,có' } };
      const dv = context.workbook.worksheets.getItem('S').getRange('C5').dataValidation.load('type, rule, prompt');
      await context.sync();
      expect(dv.type).toBe('Decimal');
      expect(dv.prompt).toMatchObject({ title: 'TM', message: 'Từ 0 đến 30' });
      context.workbook.worksheets.getItem('S').getRange('C50:C100').dataValidation.clear();
      await context.sync();
    });
    const v = xl.state.getSheet('S').validations;
    expect(v.map((x) => [x.rect, Object.keys(x.rule)[0]])).toEqual([
      [{ row: 1, col: 2, rowCount: 48, colCount: 1 }, 'decimal'],
      [{ row: 1, col: 3, rowCount: 99, colCount: 1 }, 'list'],
    ]);
  });
});
