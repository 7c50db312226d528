import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { IntakeResult, MappedColumn } from '../../../core/intake';
import type { Problem } from '../../../core/problems';
import { createSimulatedExcel, type SeedValue } from '../../../workbench/excel-sim';
import { seedSample } from '../../../workbench/sample';
import { createOfficePort } from '../../../workbook/office';
import type { WorkbookPort } from '../../../workbook/port';
import { detectCapabilities } from '../../host/capabilities';
import { TaskpaneProviders } from '../../shell/TaskpaneApp';
import { Intake, IntakePreviewPanel } from './Intake';
import { columnOptions, correctMapping, groupProblems, mappingRows, reimportCounts, withProgress } from './logic';
import { intakeMessages, problemGroupMessages } from './messages';
import { previousIds, readPreview, registerSheets, writeRegister, type UseIntake } from './useIntake';

function problem(code: string, severity: Problem['severity'], row: number): Problem {
  return { code, severity, sheet: 'DS', row, column: 'B' };
}

function book(rows?: readonly (readonly SeedValue[])[], count = 40): { port: WorkbookPort; sim: ReturnType<typeof createSimulatedExcel> } {
  const sim = createSimulatedExcel();
  if (rows) sim.state.addSheet('DS', rows);
  else seedSample(sim.state, { count });
  return { sim, port: createOfficePort((batch) => sim.run(batch), { isSetSupported: (s, v) => sim.isSetSupported(s, v) }) };
}

const HEADER = ['STT', 'Tên sáng kiến', 'Họ và tên tác giả', 'Đơn vị công tác', 'Lĩnh vực', 'Ghi chú'];
const row = (n: number, title: string, author: string): SeedValue[] => [n, title, author, 'Trường THPT Nguyễn Trung Trực', 'Giáo dục', `ghi chú ${n}`];

describe('grouping problems', () => {
  it('puts errors first, then the biggest groups, each with its problems in sheet order', () => {
    const groups = groupProblems([
      problem('intake.duplicate', 'info', 5),
      problem('intake.author.missing', 'warning', 7),
      problem('intake.title.missing', 'error', 9),
      problem('intake.duplicate', 'info', 3),
      problem('intake.author.missing', 'warning', 2),
    ]);
    expect(groups.map((g) => [g.severity, g.code, g.problems.map((p) => p.row)])).toEqual([
      ['error', 'intake.title.missing', [9]],
      ['warning', 'intake.author.missing', [7, 2]],
      ['info', 'intake.duplicate', [5, 3]],
    ]);
  });

  it('has a short Vietnamese and English name for the same codes', () => {
    expect(Object.keys(problemGroupMessages.dictionaries.en).sort()).toEqual(Object.keys(problemGroupMessages.dictionaries.vi).sort());
    expect(Object.keys(intakeMessages.dictionaries.en).sort()).toEqual(Object.keys(intakeMessages.dictionaries.vi).sort());
  });
});

describe('the mapping editor’s rows', () => {
  const col = (index: number, confidence: number): MappedColumn => ({ index, letter: String.fromCharCode(65 + index), header: `h${index}`, confidence });
  const result = {
    mapping: { columns: { title: col(1, 1), authors: col(2, 0.6), workplace: col(3, 0.9), unit: col(3, 0.9), summary: col(4, 1) }, headers: ['a', 'b', 'c', 'd', 'e'], benefitUnit: 'dong' },
  } as unknown as IntakeResult;

  it('says how sure each column is, what a clerk chose, what is missing and which column is taken twice', () => {
    const rows = new Map(mappingRows(result, { summary: 4 }).map((r) => [r.field, r]));
    expect(rows.get('title')).toMatchObject({ column: 1, letter: 'B', certainty: 'sure', sharedWith: null });
    expect(rows.get('authors')?.certainty).toBe('unsure');
    expect(rows.get('workplace')).toMatchObject({ certainty: 'likely', sharedWith: 'unit' });
    expect(rows.get('summary')?.certainty).toBe('corrected');
    expect(rows.get('coAuthors')).toMatchObject({ column: null, certainty: 'absent' });
    expect(mappingRows({ ...result, mapping: { ...result.mapping, columns: {} } }, {}).find((r) => r.field === 'title')?.certainty).toBe('required');
  });

  it('offers every header column by letter, and a correction keeps the earlier ones', () => {
    expect(columnOptions([' STT ', '', 'Tên']).map((o) => `${o.letter}:${o.header}`)).toEqual(['A:STT', 'B:', 'C:Tên']);
    expect(correctMapping({ title: 1 }, 'summary', null)).toEqual({ title: 1, summary: null });
  });
});

describe('reading and writing the register through the port', () => {
  it('lists the sample register, reads it without writing anything, and counts what it understood', async () => {
    const { port } = book();
    expect(await registerSheets(port)).toEqual({ candidates: ['Tong hop'], existing: null });
    const before = await port.listSheets();
    const state = await readPreview(port, {}, await previousIds(port));
    expect(state.preview.result.sheet).toBe('Tong hop');
    expect(state.preview.result.stats.rows).toBe(40);
    expect(state.source).toBe('recognised');
    expect(state.reimport).toBeNull();
    expect(await port.listSheets()).toEqual(before);
  });

  it('reads again with a correction, writes with progress, and remembers the correction for the next read', async () => {
    const { port } = book([HEADER, row(1, 'Giải pháp A', 'Lê Văn A'), row(2, 'Giải pháp B', 'Lê Văn B')]);
    const first = await readPreview(port, {}, null);
    expect(first.preview.result.mapping.columns.summary).toBeUndefined();
    const corrected = await readPreview(port, { sheet: 'DS', mapping: { summary: 5 } }, null);
    expect(corrected.source).toBe('edited');
    expect(corrected.preview.result.initiatives[0]?.summary).toBe('ghi chú 1');
    const steps: string[] = [];
    const written = await writeRegister(port, corrected, 'vi', (done, total) => steps.push(`${done}/${total}`));
    expect(written).toEqual({ sheet: 'Sáng kiến', written: 2, reimport: null, rememberedFor: 'DS', notes: [] });
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.at(-1)).toMatch(/^(\d+)\/\1$/);
    expect((await registerSheets(port)).existing).toBe('Sáng kiến');
    const again = await readPreview(port, {}, await previousIds(port));
    expect(again.source).toBe('remembered');
    expect(again.preview.result.initiatives[1]?.summary).toBe('ghi chú 2');
    expect(again.reimport).toEqual({ kept: 2, added: 0, vanished: 0 });
  });

  it('counts on a re-import the ids kept, the new initiatives and the ones gone from the register', async () => {
    const { port, sim } = book([HEADER, row(1, 'Giải pháp A', 'Lê Văn A'), row(2, 'Giải pháp B', 'Lê Văn B')]);
    await writeRegister(port, await readPreview(port, {}, null), 'vi', () => undefined);
    sim.state.addSheet('DS mới', [HEADER, row(1, 'Giải pháp B', 'Lê Văn B'), row(2, 'Giải pháp C', 'Lê Văn C'), row(3, 'Giải pháp D', 'Lê Văn D')]);
    const state = await readPreview(port, { sheet: 'DS mới' }, await previousIds(port));
    expect(state.reimport).toEqual({ kept: 1, added: 2, vanished: 1 });
    expect(reimportCounts(state.preview.result, new Set())).toBeNull();
  });

  it('shows legacy-encoded cells converted before writing', async () => {
    const { port } = book([HEADER, [1, 'Söû duïng maùy tính', 'Nguyeãn Vaên Hoøa', 'Tröôøng Ñaïi hoïc Caàn Thô', 'Giáo dục', '']]);
    const { result } = (await readPreview(port, {}, null)).preview;
    expect(result.conversions.map((c) => `${c.column}${c.row} ${c.encoding} ${c.to}`)).toContain('B2 vni Sử dụng máy tính');
  });

  it('gives the progress callback to writes that bring none, and leaves their own alone', async () => {
    const seen: string[] = [];
    const port = { apply: (_c: unknown, p?: (d: number, t: number) => void) => Promise.resolve(p?.(1, 1)) } as unknown as WorkbookPort;
    await withProgress(port, () => seen.push('step')).apply([]);
    await withProgress(port, () => seen.push('step')).apply([], () => seen.push('own'));
    expect(seen).toEqual(['step', 'own']);
  });
});

describe('the step as rendered', () => {
  const NEVER = (): never => {
    throw new Error('not called while rendering');
  };
  const idle: WorkbookPort = { host: 'excel', listSheets: NEVER, readSheets: NEVER, resolveRole: NEVER, apply: NEVER, select: NEVER };
  const host = { port: idle, capabilities: detectCapabilities(() => true) };

  it('says what to do first before anything is read, in Vietnamese and English', () => {
    const vi = renderToString(
      <TaskpaneProviders host={host} locale="vi">
        <Intake goTo={() => undefined} />
      </TaskpaneProviders>,
    );
    expect(vi).toContain('Chưa đọc danh sách');
    expect(vi).toContain('Đọc danh sách');
    expect(vi).toContain('Trang chứa danh sách');
    const en = renderToString(
      <TaskpaneProviders host={host} locale="en">
        <Intake goTo={() => undefined} />
      </TaskpaneProviders>,
    );
    expect(en).toContain('Read register');
  });

  it('shows the counts, the mapping with its confidence and the grouped problems of a real read', async () => {
    const { port } = book(undefined, 1000);
    const state = await readPreview(port, {}, null);
    const duplicates = state.preview.result.problems.filter((p) => p.code === 'intake.duplicate').length;
    expect(duplicates).toBeGreaterThan(0);
    const noop = (): void => undefined;
    const intake = { current: state, select: noop, correct: noop, resetMapping: noop } as unknown as UseIntake;
    const html = (locale: 'vi' | 'en'): string =>
      renderToString(
        <TaskpaneProviders host={host} locale={locale}>
          <IntakePreviewPanel intake={intake} state={state} busy={false} />
        </TaskpaneProviders>,
      );
    const vi = html('vi');
    expect(vi).toContain('Kết quả đọc trang &quot;Tong hop&quot;');
    expect(vi).toMatch(/Sáng kiến<\/dt><dd[^>]*>1000</);
    expect(vi).toContain('Ghép cột (9/11)');
    expect(vi.includes(`Ghi chú: Trùng lặp (${duplicates})`)).toBe(true);
    expect(html('en')).toContain('What was read from &quot;Tong hop&quot;');
  });
});
