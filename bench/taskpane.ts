// The task pane as a user's Excel downloads it: the production JavaScript loaded before its first
// render (gzip), what is loaded only on demand, and the time to first render in the workbench in
// Chromium. Prints one JSON line.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out', 'dist');
const STATS = join(ROOT, 'bench', 'out', 'stats.json');

execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', OUT, '--json', STATS], {
  cwd: ROOT,
  stdio: ['ignore', 'ignore', 'inherit'],
});

interface Stats {
  entrypoints: Record<string, { assets: { name: string }[] }>;
  assets: { name: string }[];
}
const stats = JSON.parse(readFileSync(STATS, 'utf8')) as Stats;
const gz = (name: string): number => gzipSync(readFileSync(join(OUT, name))).length;
const initial = new Set((stats.entrypoints['taskpane']?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js')));
const initialGzip = [...initial].reduce((s, n) => s + gz(n), 0);
// Everything else the task pane may load later: its lazy chunks (steps, the .xlsx writer).
const otherEntries = new Set(['commands', 'workbench'].flatMap((e) => (stats.entrypoints[e]?.assets ?? []).map((a) => a.name)));
const onDemand = readdirSync(OUT).filter((n) => n.endsWith('.js') && !initial.has(n) && !otherEntries.has(n));
const onDemandGzip = onDemand.reduce((s, n) => s + gz(n), 0);

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'text/xml', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(join(OUT, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
  if (!path.startsWith(OUT) || !existsSync(path)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const times: number[] = [];
try {
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/workbench.html`);
    await page.getByRole('tablist').first().waitFor({ timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
times.sort((a, b) => a - b);
process.stdout.write(
  JSON.stringify({ taskpane_js_gzip_kb: initialGzip / 1024, on_demand_js_gzip_kb: onDemandGzip / 1024, first_render_ms: times[1] ?? times[0] ?? null }) + '\n',
);
