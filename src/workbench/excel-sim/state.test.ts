import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from './index';

describe('seeding and inspecting the workbook state (no requests)', () => {
  it('stores seeded strings as given by default, or converts them as typed with mode "typed"', () => {
    const xl = createSimulatedExcel({ currentYear: 2021 });
    xl.state.addSheet('Raw', [['0931288125', '12/2019']]);
    xl.state.addSheet('Typed', [['0931288125', '12/2019', "'007"]], { mode: 'typed' });
    expect(xl.state.grid('Raw')).toEqual([['0931288125', '12/2019']]);
    expect(xl.state.grid('Typed')).toEqual([[931288125, 43800, '007']]);
    expect(xl.state.cell('Typed', 'B1').text).toBe('Dec-19');
    expect(xl.state.cell('Typed', 'C1').style.quotePrefix).toBe(true);
    expect(xl.stats.syncs).toBe(0);
  });

  it('lists used cells with their address, value, text and style for a sheet view', () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('S', [['Mã SK', null], [null, 85.5]], { bold: ['A1'], numberFormats: { B2: '0.0' }, formulas: { C2: '=B2*2' } });
    const cells = [...xl.state.usedCells('S')].map((c) => [c.address, c.value, c.text, c.style.bold]);
    expect(cells).toEqual([
      ['A1', 'Mã SK', 'Mã SK', true],
      ['B2', 85.5, '85.5', false],
      ['C2', 171, '171', false],
    ]);
  });

  it('keeps the active sheet and selection, moving them off a removed sheet', () => {
    const xl = createSimulatedExcel();
    const a = xl.state.addSheet('A');
    xl.state.addSheet('B');
    expect(xl.state.active).toBe(a);
    xl.state.removeSheet(a);
    expect(xl.state.active?.name).toBe('B');
    expect(xl.state.selection?.sheet.name).toBe('B');
  });
});
