import { describe, expect, it } from 'vitest';
import { createSimulatedExcel } from './index';

function registerRows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => [
    `SK-${String(i + 1).padStart(6, '0')}`,
    `Cải tiến quy trình số ${i}`,
    'Nguyễn Văn A',
    'Trần Thị B',
    'Kỹ sư',
    'Công ty Điện lực Kiên Giang',
    'LĐLĐ Rạch Giá',
    'Sản xuất kinh doanh',
    i * 1000,
    'Tóm tắt ngắn',
    `Sheet1!${i + 2}`,
    '',
    '',
  ]);
}

describe('scale', () => {
  it('writes 100,000 rows × 13 columns through the API in chunks under the limit (time printed, not asserted)', async () => {
    const xl = createSimulatedExcel();
    xl.state.addSheet('Sáng kiến');
    const rows = registerRows(100_000);
    const started = performance.now();
    await xl.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sáng kiến');
      ws.getRange('A:A').numberFormat = '@' as unknown as string[][];
      const chunk = 20_000;
      for (let start = 0; start < rows.length; start += chunk) {
        const part = rows.slice(start, start + chunk);
        ws.getRangeByIndexes(start, 0, part.length, 13).values = part;
        // One sync per chunk keeps each request under 5 MB.
        await context.sync();
      }
    });
    const ms = performance.now() - started;
    console.log(`excel-sim: 100,000 × 13 write in ${ms.toFixed(0)} ms over ${xl.stats.syncs} syncs, largest request ${xl.stats.maxRequestBytes} bytes`);
    expect(xl.stats.maxRequestBytes).toBeLessThan(5_000_000);
    expect(xl.state.cell('Sáng kiến', 'A100000').value).toBe('SK-100000');
    expect(xl.state.cell('Sáng kiến', 'I100000').value).toBe(99_999_000);
    const readStarted = performance.now();
    const used = await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sáng kiến').getUsedRange(true).load('address, rowCount');
      await context.sync();
      return [r.address, r.rowCount] as const;
    });
    console.log(`excel-sim: used range ${used[0]} found in ${(performance.now() - readStarted).toFixed(0)} ms`);
    expect(used[1]).toBe(100_000);
  });

  it('holds a 250,000 × 13 sheet seeded directly and reads a block of it back', async () => {
    const xl = createSimulatedExcel();
    const started = performance.now();
    xl.state.addSheet('Sáng kiến', registerRows(250_000));
    const block = await xl.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sáng kiến').getRange('A200001:M200010').load('values');
      await context.sync();
      return r.values;
    });
    console.log(`excel-sim: 250,000 × 13 seeded and read in ${(performance.now() - started).toFixed(0)} ms`);
    expect(block[0]![0]).toBe('SK-200001');
  });

  it('computes 200,000 per-row total formulas of a score sheet when read (time printed, not asserted)', async () => {
    const xl = createSimulatedExcel();
    const n = 200_000;
    const sheet = xl.state.addSheet('Chấm điểm', Array.from({ length: n }, (_, i) => [`SK-${i}`, 'TV-01', 20, 30.5, 25]));
    for (let r = 0; r < n; r++) sheet.put(r, 5, null, `=SUM(C${r + 1}:E${r + 1})`);
    const started = performance.now();
    let last: unknown;
    for (let start = 0; start < n; start += 100_000) {
      last = await xl.run(async (context) => {
        const r = context.workbook.worksheets.getItem('Chấm điểm').getRangeByIndexes(start, 5, 100_000, 1).load('values');
        await context.sync();
        return r.values[r.values.length - 1]![0] as unknown;
      });
    }
    console.log(`excel-sim: 200,000 SUM formulas evaluated in ${(performance.now() - started).toFixed(0)} ms`);
    expect(last).toBe(75.5);
  });
});
