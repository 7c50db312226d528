import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, isSimErrorCode } from './index';

describe('ranges', () => {
  it('reports addresses as Excel does, quoting sheet names only when needed', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sáng kiến');
    xl.state.addSheet('Một');
    await xl.run(async (context) => {
      const sk = context.workbook.worksheets.getItem('Sáng kiến');
      const a = sk.getRange('A1:C3').load('address, rowCount, columnCount, rowIndex, columnIndex');
      const b = context.workbook.worksheets.getItem('Một').getRange('c12').load('address');
      const col = sk.getRange('B:C').load('address, isEntireColumn');
      const row = sk.getRange('A2').getEntireRow().load('address');
      const cell = a.getCell(1, 2).load('address');
      const off = a.getOffsetRange(1, 1).getResizedRange(1, -1).load('address');
      const idx = sk.getRangeByIndexes(4, 1, 2, 3).load('address');
      await context.sync();
      expect(a.address).toBe("'Sáng kiến'!A1:C3");
      expect([a.rowCount, a.columnCount, a.rowIndex, a.columnIndex]).toEqual([3, 3, 0, 0]);
      expect(b.address).toBe('Một!C12');
      expect(col.address).toBe("'Sáng kiến'!B:C");
      expect(col.isEntireColumn).toBe(true);
      expect(row.address).toBe("'Sáng kiến'!2:2");
      expect(cell.address).toBe("'Sáng kiến'!C2");
      expect(off.address).toBe("'Sáng kiến'!B2:C5");
      expect(idx.address).toBe("'Sáng kiến'!B5:D6");
    });
  });

  it('finds the used range, values only or with formats, and a null object on an empty sheet', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [[null], [null, 'x', null, 5]], { bold: ['F9'] });
    xl.state.addSheet('Empty');
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      const values = s.getUsedRange(true).load('address');
      const all = s.getUsedRange().load('address');
      const none = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      const emptyUsed = context.workbook.worksheets.getItem('Empty').getUsedRange().load('address');
      await context.sync();
      expect(values.address).toBe('S!B2:D2');
      expect(all.address).toBe('S!B2:F9');
      expect(none.isNullObject).toBe(true);
      expect(emptyUsed.address).toBe('Empty!A1');
    });
  });

  it('reads text through number formats and value types', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [[1234567.891, 0.256, 44319, 'x', true]], {
      numberFormats: { A1: '#,##0.00', B1: '0.0%', C1: 'dd/mm/yyyy' },
    });
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:F1').load('text, valueTypes');
      await context.sync();
      expect(r.text).toEqual([['1,234,567.89', '25.6%', '03/05/2021', 'x', 'TRUE', '']]);
      expect(r.valueTypes).toEqual([['Double', 'Double', 'Double', 'String', 'Boolean', 'Empty']]);
    });
  });

  it('merges, keeps the upper-left value, and lists merged areas on ExcelApi 1.13', async () => {
    const xl = createSimulatedExcel({ apiVersion: '1.13' });
    xl.state.addSheet('S', [
      ['Tiêu đề', 'mất'],
      ['a', 'b'],
      ['c', 'd'],
    ]);
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A1:B1').merge();
      s.getRange('A2:B3').merge(true);
      const areas = s.getRange('A1:D10').getMergedAreasOrNullObject();
      areas.load('address, areaCount');
      const none = s.getRange('D5:E6').getMergedAreasOrNullObject();
      await context.sync();
      expect(areas.isNullObject).toBe(false);
      expect(areas.areaCount).toBe(3);
      expect(areas.address).toBe('S!A1:B1,S!A2:B2,S!A3:B3');
      expect(none.isNullObject).toBe(true);
      s.getRange('A2:B3').unmerge();
      await context.sync();
    });
    expect(xl.state.cell('S', 'A1').value).toBe('Tiêu đề');
    expect(xl.state.cell('S', 'B1').value).toBeNull();
    expect(xl.state.getSheet('S').merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 2 }]);
  });

  it('fails getMergedAreasOrNullObject with ApiNotFound on ExcelApi 1.9, as older Excel does', async () => {
    const xl = createSimulatedExcel({ apiVersion: '1.9' });
    xl.state.addSheet('S', [['a']], { merges: ['A1:B1'] });
    const err = await xl
      .run(async (context) => {
        const areas = context.workbook.worksheets.getItem('S').getUsedRange().getMergedAreasOrNullObject();
        areas.load('address');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(err, 'ApiNotFound')).toBe(true);
  });

  it('clears contents, formats or both, and clearing formats unmerges', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [['a', 'b', 'c']], { bold: ['A1:C1'], merges: ['B1:C1'] });
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('A1').clear('Contents');
      s.getRange('B1:C1').clear('Formats');
      await context.sync();
    });
    const st = xl.state;
    expect(st.cell('S', 'A1')).toMatchObject({ value: null, style: { bold: true } });
    expect(st.cell('S', 'B1')).toMatchObject({ value: 'b', style: { bold: false } });
    expect(st.getSheet('S').merges).toEqual([]);
  });

  it('hides rows and columns and reports the tri-state of a mixed range', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [], { hiddenColumns: [1] });
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('3:4').rowHidden = true;
      const b = s.getRange('B:B').load('columnHidden');
      const ab = s.getRange('A:B').load('columnHidden');
      const r = s.getRange('A3').load('rowHidden');
      await context.sync();
      expect([b.columnHidden, ab.columnHidden, r.rowHidden]).toEqual([true, null, true]);
    });
    expect([...xl.state.getSheet('S').hiddenRows]).toEqual([2, 3]);
  });

  it('selects a range and shows its sheet; getSelectedRange reads it back', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('A');
    xl.state.addSheet('B');
    await xl.run(async (context) => {
      context.workbook.worksheets.getItem('B').getRange('C12').select();
      const sel = context.workbook.getSelectedRange().load('address');
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(sel.address).toBe('B!C12');
      expect(active.name).toBe('B');
    });
  });
});
