import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SCHEMAS_DIR, lineOf, ribbonButtons } from './manifest-text.js';

const MANIFEST = join(ROOT, 'manifest.xml');
const manifest = readFileSync(MANIFEST, 'utf8');
const haveSchemas = existsSync(join(SCHEMAS_DIR, 'OfficeAppManifestV1_1.xsd'));
// On CI the schemas must be there; on a user's machine without ../shared these tests step aside.
const requireFixtures = process.env.SANGKIEN_REQUIRE_FIXTURES === '1';

const work = mkdtempSync(join(tmpdir(), 'sangkien-manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function validate(xml: string, fileName: string): { status: number | null; output: string } {
  const path = join(work, fileName);
  writeFileSync(path, xml);
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/validate-manifest.mjs'), path], {
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Replaces exactly one occurrence, so a broken copy is broken in the one way the test says. */
function breakOnce(xml: string, from: string, to: string): string {
  expect(xml.split(from)).toHaveLength(2);
  return xml.replace(from, to);
}

describe('the offline schemas', () => {
  it('are present whenever SANGKIEN_REQUIRE_FIXTURES=1 asks for them', () => {
    expect(haveSchemas || !requireFixtures, `${SCHEMAS_DIR} is missing`).toBe(true);
  });
});

describe.skipIf(!haveSchemas && !requireFixtures)('validating manifest.xml against the Office schemas', () => {
  it('accepts the real manifest and says so', () => {
    const { status, output } = validate(manifest, 'manifest.xml');
    expect(output.trim()).toBe('manifest.xml validates');
    expect(status).toBe(0);
  });

  it('rejects a manifest whose required Id was removed, naming the line and element that broke', () => {
    const broken = breakOnce(manifest, '<Id>333012fb-b202-455b-bf16-3bb782ef5bcb</Id>', '');
    const { status, output } = validate(broken, 'no-id.xml');
    expect(status).toBe(1);
    // Without Id the Version element is the first one out of place.
    expect(output).toContain(`no-id.xml:${lineOf(broken, '<Version>')}:`);
    expect(output).toMatch(/Version'?: This element is not expected\. Expected is .*Id/);
  });

  it('rejects a permission the schema does not know', () => {
    const broken = breakOnce(manifest, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadEverything</Permissions>');
    const { status, output } = validate(broken, 'bad-permission.xml');
    expect(status).toBe(1);
    expect(output).toContain(`bad-permission.xml:${lineOf(broken, '<Permissions>')}:`);
    expect(output).toContain('Permissions');
    expect(output).toContain("'ReadEverything' is not an element of the set");
  });

  it('rejects a button whose label points at a resource that does not exist', () => {
    const broken = breakOnce(manifest, '<Label resid="RankAndTier.Label"/>', '<Label resid="RankAndTier.Missing"/>');
    const { status, output } = validate(broken, 'bad-resid.xml');
    expect(status).toBe(1);
    expect(output).toContain(
      `bad-resid.xml:${lineOf(broken, 'RankAndTier.Missing')}: element Label: resid "RankAndTier.Missing" names no resource`,
    );
  });

  it('rejects a file that is not well-formed XML', () => {
    const { status, output } = validate(manifest.replace('</Hosts>', ''), 'not-xml.xml');
    expect(status).toBe(1);
    expect(output).toContain('not-xml.xml:');
  });
});

describe('what the manifest asks of Excel', () => {
  it('asks for ReadWriteDocument and nothing else', () => {
    const permissions = [...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1]);
    expect(permissions).toEqual(['ReadWriteDocument']);
  });

  it('requires ExcelApi 1.9 in the base manifest and in the version overrides', () => {
    const sets = [...manifest.matchAll(/<(?:bt:)?Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sets).toEqual(['ExcelApi 1.9', 'ExcelApi 1.9']);
  });

  it('puts the two buttons on the Home tab under "Hội đồng sáng kiến", in Vietnamese with English overrides', () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="SangKien.Group">\s*<Label resid="Group.Label"\/>/);
    expect(ribbonButtons(manifest)).toEqual([
      {
        id: 'SangKien.OpenPane',
        label: 'Mở Hội đồng sáng kiến',
        labelEn: 'Open initiative council',
        action: 'ShowTaskpane',
        target: 'https://localhost:3000/taskpane.html',
      },
      {
        id: 'SangKien.RankAndTier',
        label: 'Xếp hạng và xếp giải',
        labelEn: 'Rank and award prizes',
        action: 'ExecuteFunction',
        target: 'rankAndTier',
      },
    ]);
    expect(manifest).toMatch(/<FunctionFile resid="Commands.Url"\/>/);
    expect(manifest).toContain('<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>');
  });

  it('names an icon for every size Office asks for, and each one exists in assets/', () => {
    const urls = [...manifest.matchAll(/"https:\/\/localhost:3000\/assets\/(icon-\d+\.png)"/g)].map((m) => m[1]);
    expect(new Set(urls)).toEqual(new Set(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'icon-128.png']));
    for (const file of urls) expect(existsSync(join(ROOT, 'assets', file ?? '')), file).toBe(true);
  });

  it('is read by office-addin-manifest as a Vietnamese task pane add-in for Excel', async () => {
    const info = await OfficeAddinManifest.readManifestFile(MANIFEST);
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      manifestType: 'xml',
      defaultLocale: 'vi-VN',
      displayName: 'Hội đồng sáng kiến',
      permissions: 'ReadWriteDocument',
      hosts: ['Workbook'],
      iconUrl: 'https://localhost:3000/assets/icon-64.png',
      highResolutionIconUrl: 'https://localhost:3000/assets/icon-128.png',
      defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
    });
  });
});
