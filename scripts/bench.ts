/**
 * `npm run bench`: what Dramatis costs a reader, measured in Chromium, always side by side with a
 * baseline in the same run (medians; whole page loads interleaved).
 *
 * In-page (the bench page bundle evaluated in a page with no extension):
 * 1. publisher page: the content script's pipeline (read, align, wrap) against a bare TreeWalker scan;
 * 2. live blog of 1,350 paragraphs: the annotation work in the content script's slices (total and
 *    longest slice) against mark.js marking the same names;
 * 3. building a model in the browser for articles of about 900 and 5,000 words, wall-clock and as the
 *    main thread's CPU time (scripts/lib/thread-cpu.ts).
 * Whole extension (page loads with the built extension against the same loads with an extension whose
 * content script does nothing; DevTools' Performance.getMetrics script, style and layout durations and
 * the JS heap after a GC, which hold steady where wall-clock times swing on a shared 2-core machine):
 * 4. live blog: Dramatis's script + style and layout against mark.js run on the do-nothing load, the
 *    longest task after the page's own load, and the heap;
 * 5. pages that are not articles (real publishers' wikipedia and ehow-1, a generated large page): the
 *    everywhere-script's script time, compile included;
 * 6. a real news article with no shipped model (../shared/realgold): the whole cost — reading, building
 *    the model, annotating — and the heap;
 * 7. the publisher fixture (a shipped model).
 * 8. Who's who (scripts/bench-people.ts): the people page's open and search times with 10,000 generated
 *    articles naming 50,000 people, and the cost of recording one article.
 * `npm run bench -- --model` runs section 3 alone; `npm run bench -- --blog` section 4 alone.
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
import { withThreadCpu } from './lib/thread-cpu';
import { traceMainThread } from './lib/main-thread-trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `npm run bench -- --model`: section 3 alone (building a model in the page), a minute rather than many. */
const MODEL_ONLY = process.argv.includes('--model');
/** `npm run bench -- --blog`: section 4 alone (the live blog's page loads), for work on its layout. */
const BLOG_ONLY = process.argv.includes('--blog');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(2)} ms`;
const api = (page: Page) => ({
  call: <T>(fn: string, arg?: unknown, arg2?: unknown): Promise<T> =>
    page.evaluate(([f, a, b]) => (globalThis as any).DramatisBench[f as string](a, b), [fn, arg, arg2] as const) as Promise<T>,
});

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const cache = path.resolve('node_modules/.cache/dramatis');
mkdirSync(path.join(cache, 'pages/live-blog'), { recursive: true });
mkdirSync(path.join(cache, 'pages/no-article'), { recursive: true });
writeFileSync(path.join(cache, 'pages/live-blog/page.html'), liveBlogHtml(150));
// The same bulk with shuffled words, in a <div> rather than an <article>: a large page that is not an
// article at all (a forum, a list), which the everywhere-script must leave at once.
writeFileSync(path.join(cache, 'pages/no-article/page.html'), liveBlogHtml(150, true).replace('<article>', '<div class="feed">').replace('</article>', '</div>'));
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
const REALGOLD = path.resolve('../shared/realgold');
/** A real news article of about 1,000 words that no shipped model knows. */
const GOLD_ARTICLE = process.env.BENCH_ARTICLE ?? 'mysa-lebron';
// Real pages are served with scripts and other hosts blocked: their publishers are out of reach here.
const offline = { 'content-security-policy': "default-src 'self' data: 'unsafe-inline'; script-src 'none'" };
const server = await serve({ '/fixtures/': 'test/fixtures', '/pages/': path.join(cache, 'pages'), '/realpages/': REALPAGES, '/realgold/': REALGOLD },
  { headers: (u) => (u.startsWith('/real') ? offline : {}) });
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
if (!MODEL_ONLY && !BLOG_ONLY) {
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
for (let i = 0; i < (MODEL_ONLY ? 0 : BLOG_ONLY ? 1 : RUNS); i++) {
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
// Each with the tagger (as shipped) and by the rules alone (the builder before the tagger), and the
// first build on a fresh page apart: it pays for reading the tagger's weights and name lists once.
// Each also as the renderer main thread's CPU time (`buildCpu`), which the machine's load swings less.
const buildTimes: Record<string, number[]> = { 900: [], 5000: [], '900 rules': [], '5000 rules': [], first: [] };
const buildCpu: Record<string, number[]> = { 900: [], 5000: [], '900 rules': [], '5000 rules': [], first: [] };
for (let i = 0; i < (BLOG_ONLY ? 0 : RUNS + 1); i++) {
  const page = await benchPage(plain, PUBLISHER);
  const timed = async (key: string, words: number, tagger = true): Promise<void> => {
    const { value, cpu } = await withThreadCpu(page, () => api(page).call<number>('build', article(words), tagger));
    buildTimes[key]!.push(value);
    buildCpu[key]!.push(cpu);
  };
  await timed('first', 900);
  for (const words of [900, 5000]) {
    await timed(String(words), words);
    await timed(`${words} rules`, words, false);
  }
  await page.close();
}
await plain.close();
const version = execFileSync(chromiumPath(), ['--version']).toString().trim().split(' ')[1];
const line = (label: string, value: string, note = ''): string => `${label.padEnd(44)} ${value.padStart(11)}   ${note}`;
function printModelSection(): void {
  console.log(`\n3. Model built in the browser`.padEnd(45) + `${'Dramatis'.padStart(11)}`);
  const both = (key: string): string => `${ms(median(buildTimes[key]!))} (CPU ${ms(median(buildCpu[key]!))})`;
  console.log(line('  article of ~900 words, first on a page (weights read)', ms(median(buildTimes.first!)), `CPU ${ms(median(buildCpu.first!))}   (target < 50 ms)`));
  console.log(line('  article of ~900 words, tagger included', ms(median(buildTimes[900]!)), `CPU ${ms(median(buildCpu[900]!))}   rules alone ${both('900 rules')}`));
  console.log(line('  article of ~5,000 words, tagger included', ms(median(buildTimes[5000]!)), `CPU ${ms(median(buildCpu[5000]!))}   rules alone ${both('5000 rules')}`));
  console.log('  (CPU: the renderer main thread\'s own time for the build, from a trace; the load on this machine swings it less)');
}
if (MODEL_ONLY) {
  console.log(`\nDramatis benchmark, section 3 alone — Chromium ${version}, median of ${RUNS} runs`);
  printModelSection();
  await server.close();
  process.exit(0);
}

// 4–7. Whole page loads, Dramatis against the do-nothing extension (and mark.js), interleaved.
type Metrics = { script: number; style: number; layout: number; task: number; heap: number; main: number; longest: number; longestOwn: number };
/**
 * Loads `url`, lets `work` run (waiting for Dramatis, or running mark.js), waits for things to settle
 * and reads the page's metrics: durations in ms, the JS heap after a GC in MB (the content scripts'
 * worlds share the page's heap), and from a trace (lib/main-thread-trace.ts) the time of every task
 * on the page's main thread and the longest task after DOMContentLoaded — ScriptDuration misses the
 * article part the background injects.
 */
async function load(ctx: BrowserContext, url: string, work: (p: Page) => Promise<void>, traced = true): Promise<Metrics> {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Performance.enable');
  // Tracing slows what it records (a page with no article: several ms more of the extension's script),
  // so the loads measured by their script time alone go untraced.
  const trace = traced ? await traceMainThread(cdp) : async () => ({ tasks: 0, longest: 0, longestOwn: 0 });
  await p.goto(url, { waitUntil: 'load' });
  await work(p);
  await p.waitForTimeout(400); // let idle work, and the restyle it causes, finish
  // Content scripts run at document_idle, after DOMContentLoaded: the page's own parsing comes before.
  // The trace stops before the forced garbage collection below, a main-thread task of its own (50+ ms
  // on the live blog) that once counted as the page's longest task.
  const { tasks: main, longest, longestOwn } = await trace();
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string): number => metrics.find((m) => m.name === n)?.value ?? 0;
  await p.close();
  return {
    script: get('ScriptDuration') * 1000, style: get('RecalcStyleDuration') * 1000, layout: get('LayoutDuration') * 1000,
    task: get('TaskDuration') * 1000, heap: get('JSHeapUsedSize') / 2 ** 20, main, longest, longestOwn,
  };
}
const count = (p: Page, sel: string): Promise<number> => p.evaluate((s) => document.querySelectorAll(s).length, sel);
/**
 * Waits until Dramatis has finished: at least `min` mentions wrapped, and the count of its mentions
 * and quotes (the contract's elements) unchanged for a second. What is off screen is wrapped in idle
 * time, whose callbacks may wait up to 500 ms on a busy machine: a shorter hold once ended the
 * measure before the annotation did.
 */
async function annotated(p: Page, min = 1): Promise<void> {
  const end = Date.now() + 30_000;
  let last = -1;
  let held = 0;
  for (;;) {
    const n = await count(p, 'dramatis-mention, dramatis-quote');
    const mentions = await count(p, 'dramatis-mention');
    held = n === last ? held + 250 : 0;
    if (mentions >= min && held >= 1000) return;
    if (Date.now() > end) throw new Error(`${p.url()}: ${mentions} mentions, expected at least ${min}`);
    last = n;
    await p.waitForTimeout(250);
  }
}
const nothing = async (): Promise<void> => {};
const runMark = async (p: Page): Promise<void> => {
  await p.evaluate(markScript);
  await p.evaluate((n) => new (globalThis as any).Mark(document.body).mark(n, { separateWordSearch: false, diacritics: false }), names);
};
const withExt = await context(path.resolve('build/chrome'));
const baseline = await context(nullExt);
const NOT_ARTICLES = { wikipedia: `${server.url}/realpages/wikipedia/source.html`, 'ehow-1': `${server.url}/realpages/ehow-1/source.html`, 'generated, 476 KB': NO_ARTICLE };
const ARTICLE = `${server.url}/realgold/${GOLD_ARTICLE}/page.html`;
type Case = { key: string; ctx: BrowserContext; url: string; work: (p: Page) => Promise<void>; traced?: boolean };
const allCases: Case[] = [
  { key: 'blog:ours', ctx: withExt, url: LIVE_BLOG, work: (p) => annotated(p, blogMentions) },
  { key: 'blog:base', ctx: baseline, url: LIVE_BLOG, work: nothing },
  { key: 'blog:mark', ctx: baseline, url: LIVE_BLOG, work: runMark },
  ...Object.entries(NOT_ARTICLES).flatMap(([name, url]) => [
    { key: `none:${name}:ours`, ctx: withExt, url, work: nothing, traced: false }, { key: `none:${name}:base`, ctx: baseline, url, work: nothing, traced: false }]),
  { key: 'article:ours', ctx: withExt, url: ARTICLE, work: (p) => annotated(p) },
  { key: 'article:base', ctx: baseline, url: ARTICLE, work: nothing },
  { key: 'publisher:ours', ctx: withExt, url: PUBLISHER, work: (p) => annotated(p) },
  { key: 'publisher:base', ctx: baseline, url: PUBLISHER, work: nothing },
];
const cases = BLOG_ONLY ? allCases.filter((c) => c.key.startsWith('blog:')) : allCases;
const loads = new Map<string, Metrics[]>();
let blogMentionsExt = 0;
for (let i = 0; i < RUNS + 1; i++) {
  for (const c of cases) {
    const m = await load(c.ctx, c.url, c.work, c.traced);
    if (i > 0) loads.set(c.key, [...(loads.get(c.key) ?? []), m]);
  }
}
{
  const p = await withExt.newPage();
  await p.goto(LIVE_BLOG);
  await annotated(p, blogMentions);
  blogMentionsExt = await count(p, 'dramatis-mention');
  await p.close();
}
await withExt.close();
await baseline.close();
await server.close();

const row = (label: string, a: number, b: number): string =>
  `${label.padEnd(44)} ${ms(a).padStart(11)} ${ms(b).padStart(11)} ${(a / b).toFixed(2).padStart(8)}×`;
const header = (title: string, a: string, b: string): void =>
  console.log(`\n${title.padEnd(44)} ${a.padStart(11)} ${b.padStart(11)} ${'ratio'.padStart(9)}`);
const med = (key: string, f: (m: Metrics) => number): number => median(loads.get(key)!.map(f));
/** The extension's own cost in a measure: the median of its loads less the do-nothing extension's. */
const cost = (ours: string, base: string, f: (m: Metrics) => number): number => med(ours, f) - med(base, f);
const scriptStyle = (m: Metrics): number => m.script + m.style;
const all = (m: Metrics): number => m.script + m.style + m.layout;

console.log(`\nDramatis benchmark — Chromium ${version}, median of ${RUNS} runs`);
if (!BLOG_ONLY) {
  console.log(`\nIn-page, no extension`);
  header('1. Publisher page', 'Dramatis', 'bare scan');
  console.log(row('  annotate vs. TreeWalker name scan', median(annotate), median(scan)));
  header('2. Live blog, 1,350 paragraphs', 'Dramatis', 'mark.js');
  console.log(row('  annotate everything vs. mark.js', median(blogOurs), median(blogMark)));
  console.log(row('  annotate everything vs. bare scan', median(blogOurs), median(blogScan)));
  console.log(line('  longest slice', ms(median(blogLongest)), `(${blogMentions} mentions wrapped)`));
  printModelSection();
}

console.log(`\nWhole extension: page loads, cost over the do-nothing extension (its medians subtracted)`);
header('4. Live blog, 1,350 paragraphs', 'Dramatis', 'mark.js');
console.log(row('  script + style', cost('blog:ours', 'blog:base', scriptStyle), cost('blog:mark', 'blog:base', scriptStyle)) + '   (target ≤ 0.2×)');
console.log(row('  layout', cost('blog:ours', 'blog:base', (m) => m.layout), cost('blog:mark', 'blog:base', (m) => m.layout)) + '   (target ≤ 1×)');
console.log(row('  main-thread tasks (trace)', cost('blog:ours', 'blog:base', (m) => m.main), cost('blog:mark', 'blog:base', (m) => m.main)));
console.log(row('  longest task after DOMContentLoaded', med('blog:ours', (m) => m.longest), med('blog:mark', (m) => m.longest)) + '   (target < 50 ms)');
console.log(line('  (page’s own longest, do-nothing ext.)', ms(med('blog:base', (m) => m.longest))));
console.log(row('  the same, the page’s first layout set aside', med('blog:ours', (m) => m.longestOwn), med('blog:mark', (m) => m.longestOwn)) + '   (target < 50 ms)');
console.log(line('  JS heap, Dramatis', `${cost('blog:ours', 'blog:base', (m) => m.heap).toFixed(1)} MB`, `(${blogMentionsExt} of ${blogMentions} mentions in place)`));
if (BLOG_ONLY) process.exit(0);
header('5. Pages that are not articles', 'Dramatis', 'no-op ext');
const noneCosts: number[] = [];
for (const name of Object.keys(NOT_ARTICLES)) {
  const [o, b] = [med(`none:${name}:ours`, (m) => m.script), med(`none:${name}:base`, (m) => m.script)];
  noneCosts.push(o - b);
  console.log(row(`  ${name}: script, compile included`, o, b) + `   ${o - b >= 0 ? '+' : ''}${ms(o - b)}`);
}
console.log(line('  added script time, median over the pages', ms(median(noneCosts)), '(target ≤ 1 ms)'));

header(`6. Real article, no shipped model (${GOLD_ARTICLE})`, 'Dramatis', 'no-op ext');
for (const k of ['script', 'style', 'layout'] as const) console.log(row(`  ${k}`, med('article:ours', (m) => m[k]), med('article:base', (m) => m[k])));
console.log(line('  whole cost: main-thread tasks (trace)', ms(cost('article:ours', 'article:base', (m) => m.main)), '(target ≤ 150 ms)'));
console.log(line('  script + style + layout (misses the article part)', ms(cost('article:ours', 'article:base', all))));
console.log(row('  longest task after DOMContentLoaded', med('article:ours', (m) => m.longest), med('article:base', (m) => m.longest)) + '   (target < 50 ms)');
console.log(row('  the same, the page’s first layout set aside', med('article:ours', (m) => m.longestOwn), med('article:base', (m) => m.longestOwn)) + '   (target < 50 ms)');
console.log(line('  JS heap, Dramatis', `${cost('article:ours', 'article:base', (m) => m.heap).toFixed(1)} MB`, '(target ≤ 10 MB)'));
header('7. Publisher fixture (shipped model)', 'Dramatis', 'no-op ext');
console.log(line('  whole cost: script + style + layout', ms(cost('publisher:ours', 'publisher:base', all))));
console.log(line('  whole cost: main-thread tasks (trace)', ms(cost('publisher:ours', 'publisher:base', (m) => m.main))));
console.log(`\n"Main-thread tasks" (from a trace) count everything the page's main thread did, the article part the
background injects included, and swing with the machine's load; script, style and layout (Performance.getMetrics)
are steadier but do not see the injected article part's compile and runs.`);

// 8. Who's who: its own script (the people page at 10,000 articles, recording one article).
execFileSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/bench-people.ts', '--no-build'], { stdio: 'inherit' });
