import { describe, expect, it } from 'vitest';
import { main } from './main';
import type { CliIo } from './io';

function fakeIo(env: Record<string, string> = {}): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), env, cwd: '/tmp', stdout, stderr };
}

describe('the sangkien command', () => {
  it('lists every command of the SPEC on --help', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    const text = io.stdout.join('\n');
    for (const c of ['import', 'assign', 'packets', 'collect', 'rank', 'report']) expect(text).toContain(`  ${c} `);
  });

  it('speaks English when the environment is English', async () => {
    const io = fakeIo({ LANG: 'en_US.UTF-8' });
    await main(['--help'], io);
    expect(io.stdout.join('\n')).toContain('Commands:');
  });

  it('refuses an unknown command with exit code 2', async () => {
    const io = fakeIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('frobnicate');
  });
});
