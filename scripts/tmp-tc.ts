import { chromium } from 'playwright-core';
import path from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/browsers.mjs';
import { serve } from './lib/static-server.mjs';
const server = await serve({ '/realpages/': path.resolve('../shared/realpages'), '/pages/': 'node_modules/.cache/dramatis/pages' }, {});
const b = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
const p = await b.newPage();
for (const url of ['/realpages/wikipedia/source.html', '/realpages/ehow-1/source.html', '/pages/no-article/page.html', '/realpages/nytimes-4/source.html']) {
  await p.goto(server.url + url);
  console.log(url, await p.evaluate(() => {
    const r: string[] = [];
    for (let k = 0; k < 3; k++) {
      let t0 = performance.now(); const t = document.body.textContent!; const a = performance.now() - t0;
      t0 = performance.now(); let n = 0; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); for (let x = w.nextNode(); x; x = w.nextNode()) n += (x as Text).length; const b2 = performance.now() - t0;
      t0 = performance.now(); let q = 0; for (const s of ['Witkoff', 'Putin', 'Zelensky', 'Sikorski', 'Trump', 'Rubio']) q += document.evaluate(`boolean(//body//text()[contains(., "${s}")])`, document, null, 3, null).booleanValue ? 1 : 0; const c = performance.now() - t0;
      r.push(`${t.length} chars tc ${a.toFixed(2)} walk ${b2.toFixed(2)} xpath ${q} ${c.toFixed(2)}`);
    }
    return r.join(' | ');
  }));
}
await b.close(); await server.close();
