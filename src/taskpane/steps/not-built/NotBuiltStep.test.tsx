import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { detectCapabilities } from '../../host/capabilities';
import { TaskpaneProviders } from '../../shell/TaskpaneApp';
import { NotBuiltStep } from './NotBuiltStep';

const host = { port: null, capabilities: detectCapabilities(() => true) };

describe('a step that is not built yet', () => {
  it('says so plainly and what it will do, in Vietnamese', () => {
    const html = renderToString(
      <TaskpaneProviders host={host} locale="vi">
        <NotBuiltStep step="ballot" />
      </TaskpaneProviders>,
    );
    expect(html).toContain('Bước này chưa được xây dựng');
    expect(html).toContain('Biểu quyết');
  });

  it('says so in English', () => {
    const html = renderToString(
      <TaskpaneProviders host={host} locale="en">
        <NotBuiltStep step="reports" />
      </TaskpaneProviders>,
    );
    expect(html).toContain('This step is not built yet');
    expect(html).toContain('minutes');
  });
});
