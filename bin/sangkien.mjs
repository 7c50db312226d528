#!/usr/bin/env node
// The `sangkien` command. esbuild bundles the TypeScript sources into one ES module on every run
// (about 60 ms, so it can never be older than the sources) and that module runs: loading the
// two hundred source files one by one through tsx cost 0.4 s more per command. The bundle is kept,
// named by its content, in node_modules/.cache/sangkien/<checkout>, where it finds exceljs as the sources do.
// Where that cannot be written (a read-only install) the sources run through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'main.ts');
const checkoutTag = createHash('sha256').update(root).digest('hex').slice(0, 8);

/** The bundle's path, written if it is not there yet; null when it cannot be built or written. */
async function bundle() {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    // One folder per checkout: git worktrees sharing one node_modules never remove each other's bundle.
    const dir = join(root, 'node_modules', '.cache', 'sangkien', checkoutTag);
    const name = `cli-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    const file = join(dir, name);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed, so a run started at the same moment never reads half a file.
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, code);
      renameSync(part, file);
      for (const old of readdirSync(dir)) {
        if (old !== name && old.startsWith('cli-') && old.endsWith('.mjs')) rmSync(join(dir, old), { force: true });
      }
    }
    return file;
  } catch {
    return null;
  }
}

const file = await bundle();
let main;
if (file) ({ main } = await import(pathToFileURL(file).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
