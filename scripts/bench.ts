/**
 * `npm run bench`: what Dramatis costs a reader, measured in Chromium, always side by side with a
 * baseline in the same run.
 *
 * 1. Publisher page, in-page: the content script's pipeline (read the page text, align the model,
 *    wrap) against a bare TreeWalker scan for the same names, on the same DOM.
 * 2. Publisher page, whole extension: the DevTools protocol's Performance.getMetrics script + style +
 *    layout durations of a page load with Dramatis against the same load with an extension that does
 *    nothing, interleaved. (Wall-clock task times swing by ±100 ms on a shared 2-core machine; these
 *    hold steady.)
 * 3. Live blog of 1,350 paragraphs: Dramatis's total main-thread time to annotate everything, in the
 *    slices the content script uses (and the longest slice), against mark.js marking the same names and
 *    a bare TreeWalker scan for them.
 * 4. A large page with no article: what recognising costs in-page, and its whole-extension metrics
 *    against the do-nothing extension.
 * 5. Building a model in the browser for a news article with no shipped model, ~900 and ~5,000 words.
 * 6. Who's who (scripts/bench-people.ts): the people page's open and search times with 10,000 generated articles
 *    naming 50,000 people, and the cost of recording one article.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { liveBlogHtml } from '../test/support/live-blog';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browsers.mjs';
import { serve } from './lib/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(2)} ms`;
const api = (page: Page) => ({
  call: <T>(fn: string, arg?: unknown): Promise<T> =>
    page.evaluate(([f, a]) => (globalThis as any).DramatisBench[f as string](a), [fn, arg] as const) as Promise<T>,
});

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const cache = path.resolve('node_modules/.cache/dramatis');
mkdirSync(path.join(cache, 'pages/live-blog'), { recursive: true });
mkdirSync(path.join(cache, 'pages/no-article'), { recursive: true });
writeFileSync(path.join(cache, 'pages/live-blog/page.html'), liveBlogHtml(150));
writeFileSync(path.join(cache, 'pages/no-article/page.html'), liveBlogHtml(150, true));
const bundle = await build({ entryPoints: ['scripts/lib/bench-page.ts'], bundle: true, write: false, format: 'iife', target: 'chrome120' });
const benchScript = bundle.outputFiles[0]!.text;
const markScript = readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');
const model = JSON.parse(readFileSync('src/articles/seed.model.json', 'utf8'));
const names = [...new Set(model.actors.flatMap((a: { fullName: string; surname: string }) => [a.fullName, a.surname]))] as string[];

// An extension identical in shape whose content script does nothing: the baseline.
const nullExt = path.join(cache, 'null-extension');
mkdirSync(nullExt, { recursive: true });
const manifest = JSON.parse(readFileSync('build/chrome/manifest.json', 'utf8'));
writeFileSync(path.join(nullExt, 'manifest.json'), JSON.stringify({ ...manifest, action: undefined, icons: undefined,
  background: undefined, content_scripts: [{ ...manifest.content_scripts[0], css: undefined, js: ['content.js'] }] }));
writeFileSync(path.join(nullExt, 'content.js'), '/* does nothing */\n');

const REALPAGES = path.resolve('../shared/realpages');
// Real pages are served with scripts and other hosts blocked: their publishers are out of reach here.
const offline = { 'content-security-policy': "default-src 'self' data: 'unsafe-inline'; script-src 'none'" };
const server = await serve({ '/fixtures/': 'test/fixtures', '/pages/': path.join(cache, 'pages'), '/realpages/': REALPAGES },
  { headers: (u) => (u.startsWith('/realpages/') ? offline : {}) });
const PUBLISHER = `${server.url}/fixtures/publisher-page/page.html`;
const LIVE_BLOG = `${server.url}/pages/live-blog/page.html`;
const NO_ARTICLE = `${server.url}/pages/no-article/page.html`;

async function context(ext: string | null): Promise<BrowserContext> {
  const args = [...CHROMIUM_FLAGS];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  return chromium.launchPersistentContext(path.join(os.tmpdir(), `dramatis-bench-${Math.random().toString(36).slice(2)}`), {
    executablePath: chromiumPath(), headless: true, args, viewport: { width: 1280, height: 800 },
  });
}
async function benchPage(ctx: BrowserContext, url: string, withMark = false): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(url);
  // Evaluated over the DevTools protocol, not added as <script>: a page's CSP cannot block it.
  await page.evaluate(benchScript);
  if (withMark) await page.evaluate(markScript);
  return page;
}

const plain = await context(null);
// 1. Publisher page in-page. The first round warms the JIT and is dropped.
const annotate: number[] = [];
const scan: number[] = [];
{
  const page = await benchPage(plain, PUBLISHER);
  for (let i = 0; i < RUNS + 1; i++) {
    const a = await api(page).call<number>('annotate', model);
    await api(page).call('undo');
    const s = await api(page).call<number>('bareScan', names);
    if (i > 0) { annotate.push(a); scan.push(s); }
  }
  await page.close();
}
// 3. Live blog: each tool on a freshly loaded page, interleaved.
const blogOurs: number[] = [];
const blogLongest: number[] = [];
const blogMark: number[] = [];
const blogScan: number[] = [];
let blogMentions = 0;
for (let i = 0; i < RUNS; i++) {
  let page = await benchPage(plain, LIVE_BLOG);
  const slices = await api(page).call<number[]>('annotateSliced', model);
  blogMentions = await page.evaluate(() => document.querySelectorAll('dramatis-mention').length);
  blogOurs.push(slices.reduce((a, b) => a + b, 0));
  blogLongest.push(Math.max(...slices));
  await page.close();
  page = await benchPage(plain, LIVE_BLOG, true);
  blogMark.push(await api(page).call<number>('markJs', names));
  await page.close();
  page = await benchPage(plain, LIVE_BLOG);
  blogScan.push(await api(page).call<number>('bareScan', names));
  await page.close();
}
// 4a. No article, in-page: recognising is all the work.
const recognise: number[] = [];
{
  const page = await benchPage(plain, NO_ARTICLE);
  for (let i = 0; i < RUNS + 1; i++) {
    const r = await api(page).call<number>('recognise', [model]);
    if (i > 0) recognise.push(r);
  }
  await page.close();
}
// 5. Building a model in the browser (generic mode), for articles of about 900 and 5,000 words.
const article = (words: number): string => {
  const golds = readdirSync('test/gold').filter((f) => f.endsWith('.txt')).sort();
  const blocks = golds.flatMap((f) => readFileSync(`test/gold/${f}`, 'utf8').split(/\n\s*\n/).slice(2));
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const b = blocks[i % blocks.length]!;
    out.push(b);
    count += b.split(/\s+/).length;
  }
  return `A Long Read\nNews\n\nA Long Read\n\n${out.join('\n\n')}\n`;
};
const buildTimes: Record<string, number[]> = { 900: [], 5000: [] };
{
  const page = await benchPage(plain, PUBLISHER);
  for (let i = 0; i < RUNS + 1; i++) {
    for (const words of [900, 5000]) {
      const t = await api(page).call<number>('build', article(words));
      if (i > 0) buildTimes[words]!.push(t);
    }
  }
  await page.close();
}
// 4c. Real publishers' pages (no shipped article on any): recognising nothing, per page.
const realRecognise: number[] = [];
for (const name of readdirSync(REALPAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const page = await benchPage(plain, `${server.url}/realpages/${name}/source.html`);
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) times.push(await api(page).call<number>('recognise', [model]));
  realRecognise.push(median(times.slice(1)));
  await page.close();
}
await plain.close();

// 2 and 4b. Whole page loads, Dramatis against a do-nothing extension, interleaved.
type Metrics = { script: number; style: number; layout: number };
async function load(ctx: BrowserContext, url: string, waitForAnnotations: boolean): Promise<Metrics> {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Performance.enable');
  await p.goto(url, { waitUntil: 'load' });
  if (waitForAnnotations) await p.waitForSelector('dramatis-mention', { state: 'attached' });
  await p.waitForTimeout(400); // let document_idle scripts and the restyle they cause finish
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string): number => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  await p.close();
  return { script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}
const withExt = await context(path.resolve('build/chrome'));
const baseline = await context(nullExt);
const loads: Record<string, { ours: Metrics[]; base: Metrics[] }> = { publisher: { ours: [], base: [] }, noArticle: { ours: [], base: [] } };
for (let i = 0; i < RUNS + 1; i++) {
  for (const [key, url, wait] of [['publisher', PUBLISHER, true], ['noArticle', NO_ARTICLE, false]] as const) {
    const o = await load(withExt, url, wait);
    const b = await load(baseline, url, false);
    if (i > 0) { loads[key]!.ours.push(o); loads[key]!.base.push(b); }
  }
}
await withExt.close();
await baseline.close();
await server.close();

const version = execFileSync(chromiumPath(), ['--version']).toString().trim().split(' ')[1];
const row = (label: string, a: number, b: number): string =>
  `${label.padEnd(38)} ${ms(a).padStart(11)} ${ms(b).padStart(11)} ${(a / b).toFixed(2).padStart(8)}×`;
const header = (title: string, a: string, b: string): void =>
  console.log(`\n${title.padEnd(38)} ${a.padStart(11)} ${b.padStart(11)} ${'ratio'.padStart(9)}`);
const total = (m: Metrics): number => m.script + m.style + m.layout;
const metricRows = (key: string): void => {
  const { ours, base } = loads[key]!;
  for (const k of ['script', 'style', 'layout'] as const) console.log(row(`  ${k} duration`, median(ours.map((m) => m[k])), median(base.map((m) => m[k]))));
  console.log(row('  script + style + layout', median(ours.map(total)), median(base.map(total))));
  console.log(`${'  extension cost (difference)'.padEnd(38)} ${ms(median(ours.map(total)) - median(base.map(total))).padStart(11)}`);
};

console.log(`\nDramatis benchmark — Chromium ${version}, median of ${RUNS} runs`);
header('1. Publisher page, in-page', 'Dramatis', 'bare scan');
console.log(row('  annotate vs. TreeWalker name scan', median(annotate), median(scan)));
header('2. Publisher page load', 'Dramatis', 'no-op ext');
metricRows('publisher');
header(`3. Live blog, 1,350 paragraphs`, 'Dramatis', 'mark.js');
console.log(row('  annotate everything vs. mark.js', median(blogOurs), median(blogMark)));
console.log(row('  annotate everything vs. bare scan', median(blogOurs), median(blogScan)));
console.log(`${'  longest Dramatis task'.padEnd(38)} ${ms(median(blogLongest)).padStart(11)}   (target < 50 ms)`);
console.log(`${'  Dramatis / mark.js'.padEnd(38)} ${(median(blogOurs) / median(blogMark)).toFixed(3).padStart(11)}   (target ≤ 0.25; ${blogMentions} mentions wrapped)`);
header('4. Large page with no article', 'Dramatis', '');
console.log(`${'  recognising nothing, in-page'.padEnd(38)} ${ms(median(recognise)).padStart(11)}   (476 KB of text)`);
console.log(`${'  real publishers’ pages, median'.padEnd(38)} ${ms(median(realRecognise)).padStart(11)}   (target < 2 ms; worst ${ms(Math.max(...realRecognise))})`);
header('   page load', 'Dramatis', 'no-op ext');
metricRows('noArticle');
console.log(`\n5. Model built in the browser`.padEnd(39) + `${'Dramatis'.padStart(11)}`);
console.log(`${'  article of ~900 words'.padEnd(38)} ${ms(median(buildTimes[900]!)).padStart(11)}   (target < 30 ms)`);
console.log(`${'  article of ~5,000 words'.padEnd(38)} ${ms(median(buildTimes[5000]!)).padStart(11)}`);

// 6. Who's who: its own script (the people page at 10,000 articles, recording one article).
execFileSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/bench-people.ts', '--no-build'], { stdio: 'inherit' });
