import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from '../../workbench/excel-sim';
import { SheetMissingError, SheetProtectedError } from '../errors';
import type { WorkbookChange } from '../port';
import { applyCarefully, asCarefulError, precheck, progressTotal } from './apply-carefully';
import { RequestBudget } from './batch';

function careful(
  sim: ReturnType<typeof createSimulatedExcel>,
  changes: readonly WorkbookChange[],
  progress?: (d: number, t: number) => void,
) {
  const touched: { sheet: string | null } = { sheet: null };
  const done = sim.run((context) =>
    applyCarefully(context, new RequestBudget(context, 4_000_000), changes, touched, progress),
  );
  return { done, touched };
}

describe('checking a batch before anything is written', () => {
  const facts = (name: string) => ({ name, position: 0, visibility: 'visible' as const, protected: false });
  it('follows the sheets the batch itself adds, renames and deletes', () => {
    const byKey = new Map([['ds', facts('DS')]]);
    expect(() =>
      precheck(
        [
          { kind: 'writePlan', plan: { name: 'Mới', role: 'ranking', rows: [] } },
          { kind: 'writeCells', sheet: 'mới', cells: [] },
          { kind: 'renameSheet', from: 'DS', to: 'DS cũ' },
          { kind: 'activate', sheet: 'DS cũ' },
        ],
        byKey,
      ),
    ).not.toThrow();
    expect(() =>
      precheck(
        [
          { kind: 'deleteSheet', name: 'DS' },
          { kind: 'activate', sheet: 'DS' },
        ],
        byKey,
      ),
    ).toThrow(SheetMissingError);
    expect(() => precheck([{ kind: 'setValidations', sheet: 'Khác', validations: [] }], byKey)).toThrow(
      SheetMissingError,
    );
  });
});

describe('the careful path of apply', () => {
  it('writes a plan, renames and activates in order, and reports progress up to the total', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Cũ', [['x']]);
    const steps: [number, number][] = [];
    const changes: WorkbookChange[] = [
      { kind: 'writePlan', plan: { name: 'Xếp hạng', role: 'ranking', rows: [['Mã SK'], ['SK-0001'], ['SK-0002']] } },
      { kind: 'renameSheet', from: 'Cũ', to: 'Cũ (sửa tay)' },
      { kind: 'activate', sheet: 'Xếp hạng' },
    ];
    expect(progressTotal(changes)).toBe(5);
    await careful(sim, changes, (d, t) => steps.push([d, t])).done;
    expect(sim.state.cellAt(sim.state.getSheet('Xếp hạng'), 2, 0).value).toBe('SK-0002');
    expect(sim.state.findSheet('Cũ (sửa tay)')).toBeDefined();
    expect(steps.at(-1)).toEqual([5, 5]);
    expect(steps.every(([d], i) => i === 0 || d >= steps[i - 1]![0])).toBe(true);
  });

  it('unprotects a sheet a plan rewrites first, and refuses a password before writing anything', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Xếp hạng', [['giữ nguyên']]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Xếp hạng').protection.protect({}, 'mật khẩu');
      await context.sync();
    });
    const { done } = careful(sim, [
      { kind: 'writePlan', plan: { name: 'Xếp hạng', role: 'ranking', rows: [['mới']] } },
    ]);
    await expect(done).rejects.toBeInstanceOf(SheetProtectedError);
    expect(sim.state.cellAt(sim.state.getSheet('Xếp hạng'), 0, 0).value).toBe('giữ nguyên');
  });

  it('remembers the protected sheet cells were written to, so a refusal names it', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Chấm điểm', [['Mã SK']]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Chấm điểm').protection.protect();
      await context.sync();
    });
    const { done, touched } = careful(sim, [
      { kind: 'writeCells', sheet: 'Chấm điểm', cells: [{ row: 0, col: 0, value: 'x' }] },
    ]);
    const error = await done.then(
      () => null,
      (e: unknown) => e,
    );
    expect(touched.sheet).toBe('Chấm điểm');
    expect(asCarefulError(error, touched)).toMatchObject({ name: 'SheetProtectedError', sheet: 'Chấm điểm' });
  });

  it('skips validations on a protected sheet (Excel refuses them) and sets them on an open one', async () => {
    const sim = createSimulatedExcel();
    sim.state.addSheet('Mở', [['a']]);
    sim.state.addSheet('Khóa', [['b']]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Khóa').protection.protect();
      await context.sync();
    });
    const validations = [
      { rect: { row: 1, col: 0, rowCount: 3, colCount: 1 }, rule: { kind: 'decimal' as const, min: 0, max: 30 } },
    ];
    await careful(sim, [
      { kind: 'setValidations', sheet: 'Mở', validations },
      { kind: 'setValidations', sheet: 'Khóa', validations },
    ]).done;
    expect(sim.state.getSheet('Mở').validations.length).toBeGreaterThan(0);
    expect(sim.state.getSheet('Khóa').validations).toHaveLength(0);
  });
});
