import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commands';
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

  it('answers --help for every command with its usage and options, exit 0', async () => {
    for (const c of COMMANDS) {
      const io = fakeIo({ LANG: 'en_US.UTF-8' });
      expect(await main([c.name, '--help'], io)).toBe(0);
      const text = io.stdout.join('\n');
      expect(text).toContain(`Usage: sangkien ${c.usage}`);
      for (const o of Object.keys(c.options)) expect(text).toContain(`--${o}`);
      expect(io.stderr).toEqual([]);
    }
    const vi = fakeIo();
    expect(await main(['import', '-h'], vi)).toBe(0);
    expect(vi.stdout.join('\n')).toContain('Cách dùng: sangkien import');
  });

  it('refuses arguments a command does not take, with its usage and exit code 2', async () => {
    for (const name of ['assign', 'packets', 'rank', 'report']) {
      const io = fakeIo({ LANG: 'en_US.UTF-8' });
      expect(await main([name, 'book.xlsx', 'extra.xlsx'], io)).toBe(2);
      expect(io.stderr.join('\n')).toMatch(new RegExp(`Too many arguments: "extra.xlsx"\\. Usage: sangkien ${name} `));
    }
  });
});
