import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, isSimErrorCode } from './index';

describe('formats', () => {
  it('sets and reads font, fill, alignment and wrap, with null over cells that differ', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [['a', 'b']]);
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      const a1 = s.getRange('A1');
      a1.format.font.name = 'Times New Roman';
      a1.format.font.size = 13;
      a1.format.font.bold = true;
      a1.format.font.italic = true;
      a1.format.font.color = '#ff0000';
      a1.format.fill.color = '#FFFF00';
      a1.format.horizontalAlignment = 'Center';
      a1.format.verticalAlignment = 'Top';
      a1.format.wrapText = true;
      const one = s.getRange('A1').load('format/font, format/fill/color, format/horizontalAlignment, format/wrapText');
      const both = s.getRange('A1:B1').load('format/font/bold, format/font/name');
      const plain = s.getRange('B1').load('format/fill/color');
      await context.sync();
      expect(one.format.font.toJSON()).toMatchObject({ name: 'Times New Roman', size: 13, bold: true, italic: true, color: '#FF0000' });
      expect(one.format.fill.color).toBe('#FFFF00');
      expect(one.format.horizontalAlignment).toBe('Center');
      expect(one.format.wrapText).toBe(true);
      expect(both.format.font.bold).toBeNull();
      expect(both.format.font.name).toBeNull();
      expect(plain.format.fill.color).toBe('#FFFFFF');
    });
  });

  it('draws borders per edge and inside lines, and reads them back', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S');
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      const table = s.getRange('A1:C3');
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        const b = table.format.borders.getItem(edge);
        b.style = 'Continuous';
        b.weight = edge === 'EdgeBottom' ? 'Medium' : 'Thin';
      }
      const bottom = table.format.borders.getItem('EdgeBottom').load('style, weight, color');
      const borders = s.getRange('B2').format.borders.load('items/sideIndex, items/style');
      await context.sync();
      expect(bottom.toJSON()).toEqual({ style: 'Continuous', weight: 'Medium', color: '#000000' });
      expect(borders.items.slice(0, 4).map((b) => [b.sideIndex, b.style])).toEqual([
        ['EdgeTop', 'Continuous'],
        ['EdgeBottom', 'Continuous'],
        ['EdgeLeft', 'Continuous'],
        ['EdgeRight', 'Continuous'],
      ]);
    });
    expect(xl.state.cell('S', 'C3').style.bottom).toEqual({ style: 'Continuous', weight: 'Medium', color: '#000000' });
    expect(xl.state.cell('S', 'D3').style.left).toBeNull();
  });

  it('keeps column widths in points, row heights, and autofits columns to their text ignoring merged cells', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [['Một tiêu đề rất dài được gộp qua nhiều cột'], ['ngắn', 'một đoạn văn bản dài hơn nhiều']], { merges: ['A1:C1'] });
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('S');
      s.getRange('C:C').format.columnWidth = 120;
      s.getRange('2:2').format.rowHeight = 30;
      s.getRange('A:B').format.autofitColumns();
      const c = s.getRange('C1').load('format/columnWidth, format/rowHeight');
      const mixed = s.getRange('A1:C1').load('format/columnWidth');
      await context.sync();
      expect(c.format.columnWidth).toBe(120);
      expect(c.format.rowHeight).toBe(15);
      expect(mixed.format.columnWidth).toBeNull();
    });
    const sheet = xl.state.getSheet('S');
    expect(sheet.rowHeightOf(1)).toBe(30);
    // Column A holds only "ngắn" once the merged title is ignored; B the long text.
    expect(sheet.columnWidth(0)).toBeLessThan(40);
    expect(sheet.columnWidth(1)).toBeGreaterThan(sheet.columnWidth(0) * 3);
  });

  it('formats whole columns without touching a million cells', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [['x'], ['y']]);
    // A 1×1 array does not fit a whole column; a single value fills it.
    await expect(
      xl.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A:A').numberFormat = [['@']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await xl.run(async (context) => {
      const col = context.workbook.worksheets.getItem('S').getRange('A:A');
      (col as unknown as { numberFormat: string }).numberFormat = '@';
      col.format.font.bold = true;
      await context.sync();
    });
    expect(xl.state.getSheet('S').rows.length).toBe(2);
    expect(xl.state.cell('S', 'A500000')).toMatchObject({ numberFormat: '@', style: { bold: true } });
    expect(xl.state.cell('S', 'A1').style.bold).toBe(true);
  });

  it('reads and writes per-cell properties with getCellProperties/setCellProperties on 1.9, and not on 1.8', async () => {
    const xl = createSimulatedExcel({ apiVersion: '1.9' });
    xl.state.addSheet('S', [['Nguyễn', 'NguyÔn']], { fonts: { B1: '.VnTime' } });
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B1');
      const props = r.getCellProperties({ address: true, format: { font: { name: true, bold: true } } });
      r.setCellProperties([[{ format: { font: { bold: true }, fill: { color: '#DDEBF7' } } }, {}]]);
      await context.sync();
      expect(props.value).toEqual([
        [
          { address: 'S!A1', format: { font: { name: 'Calibri', bold: false } } },
          { address: 'S!B1', format: { font: { name: '.VnTime', bold: false } } },
        ],
      ]);
    });
    expect(xl.state.cell('S', 'A1').style).toMatchObject({ bold: true, fill: '#DDEBF7' });
    const old = createSimulatedExcel({ apiVersion: '1.8' });
    old.state.addSheet('S');
    const err = await old
      .run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').getCellProperties({ format: { font: { name: true } } });
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(isSimErrorCode(err, 'ApiNotFound')).toBe(true);
  });

  it('sets column widths and hidden columns in one call with setColumnProperties', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S');
    await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:C1');
      r.setColumnProperties([{ format: { columnWidth: 30 } }, { columnHidden: true }, { format: { columnWidth: 200, font: { bold: true } } }]);
      await context.sync();
    });
    const s = xl.state.getSheet('S');
    expect([s.columnWidth(0), s.hiddenCols.has(1), s.columnWidth(2)]).toEqual([30, true, 200]);
    expect(xl.state.cell('S', 'C1').style.bold).toBe(true);
  });
});
