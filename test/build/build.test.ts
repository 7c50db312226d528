import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SCHEMAS_DIR } from './manifest-text.js';

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PROD_URL = 'https://council.test.example/sangkien/';
// The budget the task pane's first paint may download, compressed as servers send it.
const TASKPANE_INITIAL_GZIP_BUDGET = 250 * 1024;

interface StatsModule {
  readonly name?: string;
  readonly modules?: readonly StatsModule[];
}
interface StatsChunk {
  readonly id: string | number;
  readonly initial: boolean;
  readonly modules?: readonly StatsModule[];
}
interface Stats {
  readonly errors?: readonly unknown[];
  readonly entrypoints: Readonly<Record<string, { readonly chunks: readonly (string | number)[]; readonly assets: readonly { readonly name: string }[] }>>;
  readonly chunks: readonly StatsChunk[];
}

const work = mkdtempSync(join(tmpdir(), 'sangkien-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs webpack the way `npm run build` does, into a temp dir, and returns its stats. */
function build(mode: 'production' | 'development', env: Record<string, string> = {}): { dist: string; stats: Stats } {
  const dist = join(work, mode);
  const statsFile = join(work, `${mode}-stats.json`);
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', mode, '--output-path', dist, `--json=${statsFile}`],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`webpack --mode ${mode} failed:\n${run.stdout}\n${run.stderr}`);
  return { dist, stats: JSON.parse(readFileSync(statsFile, 'utf8')) as Stats };
}

function read(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

function moduleNames(modules: readonly StatsModule[] | undefined, into: string[] = []): string[] {
  for (const m of modules ?? []) {
    if (m.name !== undefined) into.push(m.name);
    moduleNames(m.modules, into);
  }
  return into;
}

describe('the production build', () => {
  let dist = '';
  let stats: Stats;
  beforeAll(() => {
    ({ dist, stats } = build('production', { ADDIN_URL: PROD_URL }));
  }, 600_000);

  it('leaves the three pages, the icons and the manifest in dist/', () => {
    for (const file of ['taskpane.html', 'commands.html', 'workbench.html', 'manifest.xml', 'assets/notice.html', 'assets/help.html']) {
      expect(existsSync(join(dist, file)), file).toBe(true);
    }
    for (const size of [16, 32, 64, 80, 128]) expect(existsSync(join(dist, `assets/icon-${size}.png`)), `icon-${size}`).toBe(true);
    expect(stats.errors ?? []).toEqual([]);
  });

  it('points every manifest URL at ADDIN_URL and none at the dev server', () => {
    const manifest = read(dist, 'manifest.xml');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${PROD_URL}taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="Commands.Url" DefaultValue="${PROD_URL}commands.html"/>`);
    expect(manifest).toContain(`<bt:Image id="Icon.16x16" DefaultValue="${PROD_URL}assets/icon-16.png"/>`);
    expect(manifest).toContain('<AppDomain>https://council.test.example</AppDomain>');
  });

  it.skipIf(!existsSync(SCHEMAS_DIR) && process.env.SANGKIEN_REQUIRE_FIXTURES !== '1')(
    'ships a manifest that still validates',
    () => {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate-manifest.mjs'), join(dist, 'manifest.xml')], { encoding: 'utf8' });
      expect(run.stdout.trim()).toBe('manifest.xml validates');
      expect(run.status).toBe(0);
    },
  );

  it("loads office.js from Microsoft's CDN in the task pane and the function file, and never in the workbench", () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = read(dist, page);
      expect(html.match(/office\.js/g), page).toHaveLength(1);
      expect(html, page).toMatch(new RegExp(`<script src="?${CDN.replace(/[./]/g, '\\$&')}"?>`));
    }
    expect(read(dist, 'workbench.html')).not.toMatch(/<script[^>]*office\.js/);
    expect(existsSync(join(dist, 'office-js'))).toBe(false);
  });

  it('keeps the task pane initial download within 250 KB gzip, without exceljs', () => {
    const entry = stats.entrypoints['taskpane'];
    expect(entry).toBeDefined();
    const js = (entry?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
    const gzipBytes = js.reduce((sum, name) => sum + gzipSync(readFileSync(join(dist, name))).length, 0);
    expect(gzipBytes).toBeLessThanOrEqual(TASKPANE_INITIAL_GZIP_BUDGET);

    const initial = new Set(entry?.chunks ?? []);
    const names = stats.chunks.filter((c) => initial.has(c.id)).flatMap((c) => moduleNames(c.modules));
    expect(names.some((n) => n.includes('react-dom'))).toBe(true);
    expect(names.filter((n) => /node_modules[\\/]exceljs/.test(n))).toEqual([]);
  });
});

describe('the development build', () => {
  let dist = '';
  beforeAll(() => {
    ({ dist } = build('development'));
  }, 600_000);

  it('serves office.js from a local copy of @microsoft/office-js, with the Excel host scripts beside it', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = read(dist, page);
      expect(html, page).toContain('<script src="office-js/office.js"></script>');
      expect(html, page).not.toContain('appsforoffice.microsoft.com');
    }
    expect(read(dist, 'workbench.html')).not.toMatch(/<script[^>]*office\.js/);
    expect(readFileSync(join(dist, 'office-js/office.js'))).toEqual(readFileSync(join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js')));
    expect(existsSync(join(dist, 'office-js/excel-web-16.00.js'))).toBe(true);
    expect(existsSync(join(dist, 'office-js/office.debug.js'))).toBe(false);
  });

  it('keeps the manifest on https://localhost:3000/', () => {
    expect(read(dist, 'manifest.xml')).toBe(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
  });
});
