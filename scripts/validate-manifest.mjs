#!/usr/bin/env node
// Validates an add-in manifest offline against Microsoft's XML schemas (kept in ../shared/schemas),
// plus the resource references the schema cannot see; without the schemas it falls back to the online
// validator of office-addin-manifest. Usage: node scripts/validate-manifest.mjs [manifest.xml]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
// SANGKIEN_SCHEMAS_DIR lets a test point at a missing folder to exercise the fallback path.
const SCHEMAS_DIR = process.env.SANGKIEN_SCHEMAS_DIR ?? resolve(ROOT, '../shared/schemas/office-addin-manifest');

const manifestPath = resolve(process.argv[2] ?? join(ROOT, 'manifest.xml'));
const name = basename(manifestPath);

/** Line (1-based) of a character offset, so every complaint points at the manifest's own line. */
function lineOf(text, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The schema does not know that every resid must name a resource in <Resources>; Office rejects it at load. */
function checkResourceReferences(xml) {
  const ids = new Set();
  for (const m of xml.matchAll(/<bt:(?:Image|Url|String)\b[^>]*\bid="([^"]+)"/g)) ids.add(m[1]);
  const errors = [];
  for (const m of xml.matchAll(/<([\w:]+)\b[^>]*\bresid="([^"]+)"/g)) {
    if (!ids.has(m[2])) {
      errors.push(`${name}:${lineOf(xml, m.index)}: element ${m[1]}: resid "${m[2]}" names no resource in <Resources>`);
    }
  }
  return errors;
}

async function validateOffline(xml) {
  const files = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.xsd'));
  const read = (f) => ({ fileName: f, contents: readFileSync(join(SCHEMAS_DIR, f), 'utf8') });
  const result = await validateXML({
    xml: [{ fileName: name, contents: xml }],
    schema: [read(MAIN_SCHEMA)],
    preload: files.filter((f) => f !== MAIN_SCHEMA).map(read),
  });
  // xmllint's raw lines already read "file:line: element X: Schemas validity error : …".
  const errors = result.valid ? [] : result.errors.map((e) => e.rawMessage.trim());
  return errors.concat(checkResourceReferences(xml));
}

if (!existsSync(manifestPath)) {
  console.error(`${manifestPath}: no such file`);
  process.exit(2);
}

if (existsSync(join(SCHEMAS_DIR, MAIN_SCHEMA))) {
  const errors = await validateOffline(readFileSync(manifestPath, 'utf8'));
  if (errors.length === 0) {
    console.log(`${name} validates`);
  } else {
    for (const e of errors) console.error(e);
    console.error(`${name} fails validation (${errors.length} error${errors.length === 1 ? '' : 's'})`);
    process.exit(1);
  }
} else {
  console.log(
    `Note: the offline schemas (${SCHEMAS_DIR}) are not here, so ${name} is checked by ` +
      "office-addin-manifest's online validation service instead (needs the network).",
  );
  const bin = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest');
  const run = spawnSync(bin, ['validate', manifestPath], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
