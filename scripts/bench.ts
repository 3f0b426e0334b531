/**
 * `npm run bench`: what Dramatis costs a reader, measured in Chromium, side by side with a baseline.
 *
 * 1. In-page: the content script's pipeline (read the page text, align the model, wrap) against a bare
 *    TreeWalker scan for the same names, on the same page (median of interleaved runs).
 * 2. Whole extension: the DevTools protocol's Performance.getMetrics script + style + layout durations
 *    of a page load with Dramatis, against the same load with an extension that does nothing,
 *    interleaved. Wall-clock task times swing by ±100 ms on a shared 2-core machine; these hold steady.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browsers.mjs';
import { serve } from './lib/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAGE = 'publisher-page';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(2)} ms`;

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const cache = path.resolve('node_modules/.cache/dramatis');
mkdirSync(cache, { recursive: true });
const bundle = await build({ entryPoints: ['scripts/lib/bench-page.ts'], bundle: true, write: false, format: 'iife', target: 'chrome120' });
const benchScript = bundle.outputFiles[0]!.text;
const model = JSON.parse(readFileSync('src/articles/seed.model.json', 'utf8'));
const names = [...new Set(model.actors.flatMap((a: { fullName: string; surname: string }) => [a.fullName, a.surname]))] as string[];

// An extension identical in shape whose content script does nothing: the baseline.
const nullExt = path.join(cache, 'null-extension');
mkdirSync(nullExt, { recursive: true });
const manifest = JSON.parse(readFileSync('build/chrome/manifest.json', 'utf8'));
writeFileSync(path.join(nullExt, 'manifest.json'), JSON.stringify({ ...manifest, action: undefined, icons: undefined,
  background: undefined, content_scripts: [{ ...manifest.content_scripts[0], css: undefined, js: ['content.js'] }] }));
writeFileSync(path.join(nullExt, 'content.js'), '/* does nothing */\n');

const server = await serve({ '/': 'test/fixtures' });
const url = `${server.url}/${PAGE}/page.html`;

async function context(ext: string | null): Promise<BrowserContext> {
  const args = [...CHROMIUM_FLAGS];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  return chromium.launchPersistentContext(path.join(os.tmpdir(), `dramatis-bench-${Math.random().toString(36).slice(2)}`), {
    executablePath: chromiumPath(), headless: true, args, viewport: { width: 1280, height: 800 },
  });
}

// 1. In-page pipeline against a bare scan.
const plain = await context(null);
const page = await plain.newPage();
await page.goto(url);
await page.addScriptTag({ content: benchScript });
const annotate: number[] = [];
const scan: number[] = [];
for (let i = 0; i < RUNS + 1; i++) {
  const a = await page.evaluate((m) => (globalThis as any).DramatisBench.annotate(m), model);
  await page.evaluate(() => (globalThis as any).DramatisBench.undo());
  const s = await page.evaluate((n) => (globalThis as any).DramatisBench.bareScan(n), names);
  if (i > 0) { annotate.push(a); scan.push(s); } // the first round warms the JIT
}
await plain.close();

// 2. Whole page load, Dramatis against a do-nothing extension, interleaved.
type Metrics = { script: number; style: number; layout: number };
async function load(ctx: BrowserContext, waitForAnnotations: boolean): Promise<Metrics> {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Performance.enable');
  await p.goto(url, { waitUntil: 'load' });
  if (waitForAnnotations) await p.waitForSelector('dramatis-mention', { state: 'attached' });
  await p.waitForTimeout(300); // let document_idle scripts and the restyle they cause finish
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string): number => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  await p.close();
  return { script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}
const withExt = await context(path.resolve('build/chrome'));
const baseline = await context(nullExt);
const ours: Metrics[] = [];
const base: Metrics[] = [];
for (let i = 0; i < RUNS + 1; i++) {
  const o = await load(withExt, true);
  const b = await load(baseline, false);
  if (i > 0) { ours.push(o); base.push(b); }
}
await withExt.close();
await baseline.close();
await server.close();

const row = (label: string, a: number, b: number): string =>
  `${label.padEnd(34)} ${ms(a).padStart(10)} ${ms(b).padStart(10)} ${(a / b).toFixed(2).padStart(7)}×`;
console.log(`\nDramatis benchmark — ${PAGE}, Chromium ${execFileSync(chromiumPath(), ['--version']).toString().trim().split(' ')[1]}, median of ${RUNS}\n`);
console.log(`${'In-page (same DOM)'.padEnd(34)} ${'Dramatis'.padStart(10)} ${'bare scan'.padStart(10)} ${'ratio'.padStart(8)}`);
console.log(row('annotate vs. TreeWalker name scan', median(annotate), median(scan)));
console.log(`\n${'Page load (Performance.getMetrics)'.padEnd(34)} ${'Dramatis'.padStart(10)} ${'no-op ext'.padStart(10)} ${'ratio'.padStart(8)}`);
for (const k of ['script', 'style', 'layout'] as const) console.log(row(`${k} duration`, median(ours.map((m) => m[k])), median(base.map((m) => m[k]))));
const total = (m: Metrics): number => m.script + m.style + m.layout;
console.log(row('script + style + layout', median(ours.map(total)), median(base.map(total))));
console.log(`${'extension cost (difference)'.padEnd(34)} ${ms(median(ours.map(total)) - median(base.map(total))).padStart(10)}`);
