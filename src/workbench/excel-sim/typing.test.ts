import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from './index';
import { typeInto } from './typing';

describe('a person typing into the sheet', () => {
  it('is stopped by a decimal rule and a list rule set through the API, and by a locked cell', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Chấm điểm', [['Mã SK', 'TM', 'Xung đột']]);
    await xl.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Chấm điểm');
      s.getRange('B2:C10').format.protection.locked = false;
      s.getRange('B2:B10').dataValidation.rule = { decimal: { formula1: 0, formula2: 30, operator: 'Between' } };
      s.getRange('B2:B10').dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Sai điểm', message: 'Nhập từ 0 đến 30' };
      s.getRange('C2:C10').dataValidation.rule = { list: { inCellDropDown: true, source: 'x' } };
      s.protection.protect();
      await context.sync();
    });
    const st = xl.state;
    expect(typeInto(st, 'Chấm điểm', 'B2', '25.5')).toEqual({ ok: true });
    expect(typeInto(st, 'Chấm điểm', 'B3', '35')).toEqual({ ok: false, reason: 'validation', title: 'Sai điểm', message: 'Nhập từ 0 đến 30' });
    expect(typeInto(st, 'Chấm điểm', 'B4', 'abc')).toMatchObject({ ok: false, reason: 'validation' });
    expect(typeInto(st, 'Chấm điểm', 'B5', '')).toEqual({ ok: true });
    expect(typeInto(st, 'Chấm điểm', 'C2', 'X')).toEqual({ ok: true });
    expect(typeInto(st, 'Chấm điểm', 'C3', 'có')).toMatchObject({ ok: false, reason: 'validation' });
    expect(typeInto(st, 'Chấm điểm', 'A2', 'SK-1')).toEqual({ ok: false, reason: 'protected' });
    expect(st.cell('Chấm điểm', 'B2').value).toBe(25.5);
    expect(st.cell('Chấm điểm', 'B3').value).toBeNull();
  });
});
