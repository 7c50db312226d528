#!/usr/bin/env node
// Renders assets/icon.svg to the PNG sizes the manifest names, with headless Chromium so the result
// matches what a browser draws. Run after editing the SVG: node scripts/make-icons.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ASSETS = resolve(dirname(fileURLToPath(import.meta.url)), '../assets');
export const ICON_SIZES = [16, 32, 64, 80, 128];

/** icon-16.svg is a hand-simplified cut for the ribbon's smallest size; the rest scale icon.svg. */
function svgFor(size) {
  const file = existsSync(join(ASSETS, `icon-${size}.svg`)) ? `icon-${size}.svg` : 'icon.svg';
  return `data:image/svg+xml;base64,${Buffer.from(readFileSync(join(ASSETS, file), 'utf8')).toString('base64')}`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const size of ICON_SIZES) {
    // One device pixel per CSS pixel: Office shows each PNG at exactly its own size.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${svgFor(size)}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
    writeFileSync(join(ASSETS, `icon-${size}.png`), png);
    await page.close();
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
