import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../core/problems';
import { SheetProtectedError } from '../../workbook/errors';
import type { WorkbookPort } from '../../workbook/port';
import { detectCapabilities } from '../host/capabilities';
import { TaskpaneProviders } from '../shell/TaskpaneApp';
import { describeError } from './errors';
import { ProblemList, problemAddress } from './ProblemList';
import { TaskProgress } from './TaskProgress';
import { createTaskRunner, IDLE_TASK, type TaskState } from './useTask';

describe('errors in a clerk’s words', () => {
  it('say what to do about a protected sheet, in either language', () => {
    expect(describeError('vi', new SheetProtectedError('Xếp hạng'))).toContain('Bỏ bảo vệ trang tính');
    expect(describeError('en', new SheetProtectedError('Xếp hạng'))).toContain('Unprotect Sheet');
  });

  it('use the message of any error that carries a known code', () => {
    expect(describeError('vi', Object.assign(new Error('x'), { code: 'app.noRegister' }))).toContain('Nhập danh sách');
  });

  it('show a bug’s own text rather than a bare code', () => {
    const text = describeError('en', Object.assign(new Error('boom'), { code: 'no.such.code' }));
    expect(text).toContain('boom');
    expect(text).toContain('administrator');
  });
});

describe('running a task', () => {
  function recorder<T>() {
    let state: TaskState<T> = IDLE_TASK;
    const seen: string[] = [];
    const publish = (update: (s: TaskState<T>) => TaskState<T>): void => {
      state = update(state);
      seen.push(state.status);
    };
    return { publish, get state() { return state; }, seen };
  }

  it('reports progress while running and the result when done', async () => {
    const r = recorder<number>();
    const run = createTaskRunner<number>('vi', r.publish);
    let during: TaskState<number> | null = null;
    const result = await run(async (progress) => {
      progress(3, 10);
      during = r.state;
      return Promise.resolve(42);
    });
    expect(result).toBe(42);
    expect(during).toMatchObject({ status: 'running', progress: { done: 3, total: 10 } });
    expect(r.state).toEqual({ status: 'done', progress: null, result: 42, error: null });
  });

  it('turns a failure into a sentence instead of throwing', async () => {
    const r = recorder<number>();
    const run = createTaskRunner<number>('en', r.publish);
    expect(await run(() => Promise.reject(new SheetProtectedError('Hội đồng')))).toBeNull();
    expect(r.state.status).toBe('failed');
    expect(r.state.error).toContain('"Hội đồng" is protected');
  });

  it('ignores a second start while the first is still running, so nothing is written twice', async () => {
    const r = recorder<string>();
    const run = createTaskRunner<string>('vi', r.publish);
    let release: () => void = () => undefined;
    const first = run(() => new Promise<string>((ok) => (release = () => ok('first'))));
    expect(await run(() => Promise.resolve('second'))).toBeNull();
    release();
    expect(await first).toBe('first');
    expect(await run(() => Promise.resolve('third'))).toBe('third');
  });
});

const NEVER = (): never => {
  throw new Error('not called while rendering');
};
const port: WorkbookPort = { host: 'excel', listSheets: NEVER, readSheets: NEVER, resolveRole: NEVER, apply: NEVER, select: NEVER };
const host = { port, capabilities: detectCapabilities(() => true) };

function problem(i: number, severity: Problem['severity'] = 'error'): Problem {
  return { code: 'no.such.code', severity, sheet: 'DS', row: 10 + i, column: 'C' };
}

describe('the problem list', () => {
  it('points each problem at its cell, or its row, or nowhere for a whole sheet', () => {
    expect(problemAddress(problem(2))).toBe('C12');
    expect(problemAddress({ ...problem(2), column: null })).toBe('12:12');
    expect(problemAddress({ ...problem(2), row: null })).toBeNull();
  });

  it('counts problems by severity and shows one page of them with a way to see more', () => {
    const problems = [...Array.from({ length: 120 }, (_, i) => problem(i)), problem(0, 'warning')];
    const html = renderToString(
      <TaskpaneProviders host={host} locale="vi">
        <ProblemList problems={problems} />
      </TaskpaneProviders>,
    );
    expect(html).toContain('120 lỗi, 1 cảnh báo, 0 ghi chú');
    expect(html).toContain('DS!C10');
    expect(html).not.toContain('DS!C129');
    expect(html).toContain('Xem thêm 21 vấn đề');
  });
});

describe('the progress bar', () => {
  it('shows a failure as an alert with the sentence', () => {
    const html = renderToString(
      <TaskpaneProviders host={host} locale="vi">
        <TaskProgress task={{ ...IDLE_TASK, status: 'failed', error: 'Không ghi được.' }} />
      </TaskpaneProviders>,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Không ghi được.');
  });
});
