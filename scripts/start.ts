/**
 * `npm start [-- --firefox] [--headed] [--out DIR]`: builds the extension, serves the demo article
 * pages on localhost and opens a browser with Dramatis loaded on one. With no display (or headless),
 * it writes screenshots of the annotated page, an open hover card and the popup, and prints their paths.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch, type BrowserName } from './lib/browser-session';
import { serve } from './lib/static-server.mjs';

const args = process.argv.slice(2);
const browserName: BrowserName = args.includes('--firefox') ? 'firefox' : 'chromium';
const headed = args.includes('--headed') || (Boolean(process.env.DISPLAY) && !args.includes('--headless'));
const outIndex = args.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : 'build/screenshots');

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const server = await serve({ '/': 'test/fixtures' });
const demo = `${server.url}/publisher-page/page.html`;
const session = await launch(browserName, { headed });
const tab = await session.newTab();
await tab.goto(demo);
await tab.waitFor(`document.querySelector('dramatis-mention')`, 10_000);

if (headed) {
  console.log(`Dramatis is running in ${browserName} on ${demo}\n(also ${server.url}/plain-article/page.html). Close the browser or press Ctrl-C to stop.`);
  process.on('SIGINT', () => void session.close());
  await session.closed;
} else {
  mkdirSync(outDir, { recursive: true });
  const shot = (name: string): string => path.join(outDir, `${browserName}-${name}.png`);
  await tab.setViewport(1100, 760);
  await tab.evaluate(`window.scrollTo(0, 0)`);
  await tab.screenshot(shot('page'));
  // The card of the person with the most quotes, hovered where the reader would.
  const actor = await tab.evaluate<string>(`(() => {
    const counts = {};
    for (const q of document.querySelectorAll('dramatis-quote')) counts[q.dataset.speaker] = (counts[q.dataset.speaker] ?? 0) + 1;
    return Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  })()`);
  await tab.hover(`dramatis-mention[data-actor="${actor}"]`);
  await tab.waitFor(`(() => { const c = document.querySelector('dramatis-card'); return c && getComputedStyle(c).display !== 'none'; })()`);
  await tab.screenshot(shot('card'));
  const popup = await session.openPopupFor(tab);
  await popup.setViewport(380, 600);
  await popup.screenshot(shot('popup'));
  for (const name of ['page', 'card', 'popup']) console.log(shot(name));
  await session.close();
}
await server.close();
