import { chromium } from 'playwright-core';
import path from 'node:path';
import os from 'node:os';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browsers.mjs';
import { serve } from './lib/static-server.mjs';
const ext = path.resolve('build/chrome');
const server = await serve({ '/realpages/': path.resolve('../shared/realpages'), '/pages/': 'node_modules/.cache/dramatis/pages' }, {});
const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'x-')), { executablePath: chromiumPath(), headless: true,
  args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`] });
for (const url of process.argv.slice(2)) {
  const p = await ctx.newPage();
  await p.addInitScript(`globalThis.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) __lt.push(Math.round(e.startTime) + '+' + Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });`);
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await p.goto(`${server.url}${url}`);
  await p.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
  }
  console.log(url, await p.evaluate(() => document.querySelectorAll('dramatis-mention').length), await p.evaluate(() => JSON.stringify([(globalThis as any).__lt, performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventEnd])));
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 14)) console.log(v.toFixed(1).padStart(8), k);
  await p.close();
}
await ctx.close(); await server.close();
