#!/usr/bin/env node
// Browser tests: builds the workbench with webpack, serves it over plain http on localhost, drives
// Debian's Chromium through playwright-core, runs every test/e2e/*.e2e.ts and prints
// `e2e: N passed, N failed` (non-zero exit on any failure). Screenshots go to test-results/.
//
//   node scripts/e2e.mjs [--no-build] [--grep REGEXP] [--workers N] [--headed]
//
// --no-build reuses the last build in test-results/e2e-build (fast when only tests changed).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { clearTimeout } from 'node:timers';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'test-results');
const BUILD = join(RESULTS, 'e2e-build');
const TEST_DIR = join(ROOT, 'test', 'e2e');
const TEST_TIMEOUT_MS = 120_000;
const checkoutTag = createHash('sha256').update(ROOT).digest('hex').slice(0, 8);

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// Tests run one at a time unless asked (--workers N or E2E_WORKERS=N): timings stay honest on a
// small shared machine, and a bigger one can go faster.
const WORKERS = Math.max(1, Number(option('--workers') ?? process.env.E2E_WORKERS ?? '1') || 1);

function log(line) {
  process.stdout.write(`${line}\n`);
}

/** The project's webpack config narrowed to the workbench entry and written to BUILD, or null when it has no workbench entry. */
async function projectConfig() {
  const file = join(ROOT, 'webpack.config.js');
  if (!existsSync(file)) return null;
  const mod = await import(pathToFileURL(file).href);
  const exported = mod.default ?? mod;
  const made =
    typeof exported === 'function' ? await exported({ WEBPACK_BUILD: true }, { mode: 'development' }) : exported;
  const configs = Array.isArray(made) ? made : [made];
  const config = configs.find((c) => c && typeof c.entry === 'object' && c.entry !== null && 'workbench' in c.entry);
  if (!config) return null;
  // Only the workbench is needed: other pages would point at chunks not built here, and the copied
  // assets (office.js, the manifest) belong to the add-in, not to the simulated page.
  const plugins = (config.plugins ?? []).filter((p) => {
    const name = p?.constructor?.name;
    if (name === 'CopyPlugin') return false;
    const chunks = p?.userOptions?.chunks ?? p?.options?.chunks;
    return !(name === 'HtmlWebpackPlugin' && Array.isArray(chunks) && !chunks.includes('workbench'));
  });
  return {
    ...config,
    mode: 'development',
    devtool: false,
    entry: { workbench: config.entry.workbench },
    output: { ...(config.output ?? {}), path: BUILD, clean: true, publicPath: '/' },
    plugins,
    devServer: undefined,
    // Named after this checkout: git worktrees that share one node_modules keep separate caches.
    cache: {
      type: 'filesystem',
      name: `workbench-${checkoutTag}`,
      cacheDirectory: join(ROOT, 'node_modules', '.cache', 'e2e-webpack'),
    },
  };
}

/** A minimal config used until the project's config has a workbench entry. */
async function fallbackConfig() {
  const { default: HtmlWebpackPlugin } = await import('html-webpack-plugin');
  return {
    mode: 'development',
    devtool: false,
    context: ROOT,
    entry: { workbench: './src/workbench/index.tsx' },
    output: {
      path: BUILD,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
      publicPath: '/',
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: './src/workbench/workbench.html',
        filename: 'workbench.html',
        chunks: ['workbench'],
      }),
    ],
    performance: { hints: false },
    cache: { type: 'filesystem', cacheDirectory: join(ROOT, 'node_modules', '.cache', 'e2e-webpack-fallback') },
  };
}

async function build() {
  const { default: webpack } = await import('webpack');
  const fromProject = await projectConfig();
  const config = fromProject ?? (await fallbackConfig());
  log(
    `e2e: building the workbench with ${fromProject ? 'webpack.config.js' : 'the fallback config in scripts/e2e.mjs'}…`,
  );
  const started = Date.now();
  const stats = await new Promise((ok, fail) => {
    webpack(config, (err, s) => {
      if (err) fail(err);
      else ok(s);
    });
  });
  if (stats.hasErrors()) {
    log(stats.toString({ all: false, errors: true, errorDetails: false, colors: false }));
    throw new Error('webpack build failed');
  }
  const compiler = stats.compilation.compiler;
  await new Promise((ok) => compiler.close(() => ok()));
  log(`e2e: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A static server over BUILD on 127.0.0.1 and a free port; "/" is the workbench page. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(BUILD, path === '/' ? 'workbench.html' : path));
    if (!file.startsWith(BUILD + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function testFiles() {
  return readdirSync(TEST_DIR)
    .filter((f) => f.endsWith('.e2e.ts'))
    .sort()
    .map((f) => join(TEST_DIR, f));
}

function slug(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 80);
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function main() {
  mkdirSync(RESULTS, { recursive: true });
  if (!flag('--no-build') || !existsSync(join(BUILD, 'workbench.html'))) await build();

  const { register } = await import('tsx/esm/api');
  register();
  const harness = await import(pathToFileURL(join(TEST_DIR, 'harness.ts')).href);
  for (const file of testFiles()) await import(pathToFileURL(file).href);
  const grep = option('--grep');
  const tests = harness.registeredTests().filter((t) => !grep || new RegExp(grep, 'i').test(t.name));

  const server = await serve();
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: !flag('--headed'),
    args: [
      ...(flag('--headed') ? [] : ['--headless']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  let passed = 0;
  let failed = 0;
  const runOne = async (t) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
    });
    const shots = [];
    const screenshot = async (name) => {
      const path = join(RESULTS, `${slug(t.name)}${name ? `--${slug(name)}` : ''}.png`);
      await page.screenshot({ path });
      shots.push(path);
      return path;
    };
    const started = Date.now();
    try {
      await withTimeout(t.fn({ page, baseUrl, screenshot }), t.timeoutMs ?? TEST_TIMEOUT_MS, `"${t.name}"`);
      // An uncaught error in the page is a failure even when the assertions held.
      if (pageErrors.length > 0) throw new Error(`the page reported errors:\n    ${pageErrors.join('\n    ')}`);
      if (shots.length === 0) await screenshot('');
      passed++;
      log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      await screenshot('failure').catch(() => undefined);
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`  ✗ ${t.name} (${Date.now() - started} ms)\n    ${message.split('\n').join('\n    ')}`);
    } finally {
      await context.close();
    }
  };
  // Each worker takes the next test from the queue; every test still gets its own browser context.
  const workers = Math.max(1, Math.min(WORKERS, tests.length));
  if (workers > 1) log(`e2e: ${tests.length} tests on ${workers} workers`);
  const queue = [...tests];
  const started = Date.now();
  try {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (let t = queue.shift(); t !== undefined; t = queue.shift()) await runOne(t);
      }),
    );
    log(`e2e: ran in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    server.close();
  }
  log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || tests.length === 0 ? 1 : 0;
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  log('e2e: 0 passed, 1 failed');
  process.exitCode = 1;
});
