import { describe, expect, it } from 'vitest';
import { createSimulatedExcel, type SimOptions } from '../workbench/excel-sim';
import { CASES } from './cases';
import { runSelfTest } from './run';

const CASE_IDS = [...CASES.map((c) => c.id), 'cleanup'];

async function selfTest(options: SimOptions = {}) {
  const sim = createSimulatedExcel(options);
  sim.state.addSheet('Tong hop', [
    ['STT', 'Tên sáng kiến'],
    [1, 'Máy bóc vỏ'],
  ]);
  const before = JSON.stringify(sim.state.grid('Tong hop'));
  const results = await runSelfTest({
    run: (batch) => sim.run(batch),
    isSetSupported: (s, v) => sim.isSetSupported(s, v),
    createWorkbook: true,
  });
  return { sim, results, before };
}

describe('the self-test against the simulated Excel', () => {
  it('passes every case and leaves only the user’s sheets, untouched', async () => {
    const { sim, results, before } = await selfTest();
    expect(results.filter((r) => r.status !== 'pass').map((r) => [r.id, r.seen.en])).toEqual([]);
    expect(sim.state.sheets.map((s) => s.name)).toEqual(['Tong hop']);
    expect(JSON.stringify(sim.state.grid('Tong hop'))).toBe(before);
    expect(sim.state.names).toEqual([]);
    expect(results.map((r) => r.id)).toEqual(CASE_IDS);
    // "Fit to 1 page wide" is sent with verticalFitToPages 0 (height free) and reads back so.
    expect(results.find((r) => r.id === 'page')?.seen.en).toContain(
      '{"horizontalFitToPages":1,"verticalFitToPages":0}',
    );
  });

  it('on ExcelApi 1.9 reports each fallback and fails nothing', async () => {
    const { results } = await selfTest({ apiVersion: '1.9' });
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
    expect(results.filter((r) => r.status === 'fallback').map((r) => r.id)).toEqual(['requirements', 'merges']);
    const sets = results.find((r) => r.id === 'requirements')!;
    expect(sets.seen.en).toMatch(/^ExcelApi 1\.9; no ExcelApi 1\.13: merged cells cannot be read/);
    expect(sets.seen.vi).toMatch(/thiếu ExcelApi 1\.13/);
  });

  it('on ExcelApi 1.7 fails the requirement sets and reports Excel.createWorkbook missing', async () => {
    const { results } = await selfTest({ apiVersion: '1.7' });
    expect(results.find((r) => r.id === 'requirements')?.status).toBe('fail');
    expect(results.find((r) => r.id === 'createWorkbook')?.status).toBe('fallback');
  });

  for (const [broken, failing] of [
    ['merges512', 'merges'],
    ['textFormat', 'text'],
    ['payload', 'payload'],
  ] as const) {
    it(`fails only the ${failing} case when the simulator breaks ${broken}`, async () => {
      const { sim, results, before } = await selfTest({ breaks: [broken] });
      expect(results.filter((r) => r.status !== 'pass').map((r) => r.id)).toEqual([failing]);
      expect(sim.state.sheets.map((s) => s.name)).toEqual(['Tong hop']);
      expect(JSON.stringify(sim.state.grid('Tong hop'))).toBe(before);
    });
  }
});
