// Renders icons/icon.svg to the PNG sizes the manifest names, with headless Chromium (run by hand
// after changing the SVG; the PNGs are committed so that a build needs no browser).
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { chromiumPath } from './lib/browsers.mjs';

const svg = readFileSync('icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: `icons/icon-${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons/icon-{16,32,48,128}.png');
