/**
 * The who's-who part of `npm run bench` (also `node scripts/run-ts.mjs scripts/bench-people.ts`): in
 * Chromium with the built extension, the people page's open and search times with 10,000 generated
 * articles naming 50,000 people in its IndexedDB, and the cost of recording one article there.
 * Targets (issue 10): open and search under 200 ms, recording under 20 ms.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browsers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ARTICLES = 10_000;
const PEOPLE = 50_000;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

if (!process.argv.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const bundle = await build({ entryPoints: ['scripts/lib/bench-people-page.ts'], bundle: true, write: false, format: 'iife', target: 'chrome120' });
const ext = path.resolve('build/chrome');
const profile = path.join(os.tmpdir(), `dramatis-bench-people-${Math.random().toString(36).slice(2)}`);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(), headless: true, viewport: { width: 1280, height: 800 },
  args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const page: Page = await context.newPage();
  const open = async (query = ''): Promise<number> => {
    await page.goto(`${base}/people.html${query}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
    return Number(await page.evaluate(() => document.body.dataset.openMs));
  };
  await open();
  await page.evaluate(bundle.outputFiles[0]!.text);
  const fillMs = await page.evaluate(([a, p]) => (globalThis as any).PeopleBench.fill(a, p), [ARTICLES, PEOPLE] as const) as number;
  // A reader's memory grows an article at a time; a 100 MB import is rare. Its aftermath (the database
  // compacting what it just wrote) is given a moment, so what follows measures the memory, not the import.
  await page.goto('about:blank');
  await new Promise((r) => setTimeout(r, 10_000));

  const opens: number[] = [];
  const lists: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    opens.push(await open());
    lists.push(Number(await page.evaluate(() => document.body.dataset.renderMs)));
  }
  opens.shift(); // the first opening warms the caches
  lists.shift();
  const searches: Record<string, number[]> = {};
  const common = await page.evaluate(() => document.querySelector('#people [data-person] .person-name')!.textContent!);
  for (const q of [common.split(' ')[1]!, common, 'ka', 'nobody at all']) {
    searches[q] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => { delete document.body.dataset.ready; });
      await page.fill('#q', i % 2 ? q : `${q} `);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
      searches[q]!.push(Number(await page.evaluate(() => document.body.dataset.renderMs)));
    }
  }
  const results: Record<string, string> = {};
  for (const q of Object.keys(searches)) {
    await page.goto(`${base}/people.html?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 60_000 });
    results[q] = await page.evaluate(() => document.getElementById('total')!.textContent!.split(' ')[0]!);
  }
  await page.goto(`${base}/people.html`);
  await page.evaluate(bundle.outputFiles[0]!.text);
  const records: number[] = [];
  for (let i = 0; i < RUNS * 4; i++) records.push(await page.evaluate(() => (globalThis as any).PeopleBench.recordOne()) as number);
  const people = await page.evaluate(() => new Promise<number>((ok) => {
    const r = indexedDB.open('dramatis-memory');
    r.onsuccess = () => { const q = r.result.transaction('people').objectStore('people').count(); q.onsuccess = () => ok(q.result); };
  }));

  console.log(`\n8. Who's who, ${ARTICLES.toLocaleString('en')} articles, ${people.toLocaleString('en')} people   median of ${RUNS}`);
  console.log(`${'  fill the memory (import, one transaction)'.padEnd(46)} ${ms(fillMs).padStart(11)}`);
  console.log(`${'  open people.html to first rows'.padEnd(46)} ${ms(median(opens)).padStart(11)}   (target < 200 ms; from navigation start)`);
  console.log(`${'    of which: the first rows, queried and drawn'.padEnd(46)} ${ms(median(lists)).padStart(11)}`);
  for (const [q, xs] of Object.entries(searches)) {
    console.log(`${`  search “${q}”`.padEnd(46)} ${ms(median(xs)).padStart(11)}   (target < 200 ms; ${results[q]} found)`);
  }
  console.log(`${'  record one article of 10 people'.padEnd(46)} ${ms(median(records)).padStart(11)}   (target < 20 ms; worst ${ms(Math.max(...records))})`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true }); // tens of megabytes of generated memory
}
