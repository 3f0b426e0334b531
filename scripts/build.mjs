// `npm run build`: bundles the extension with esbuild and writes build/chrome and build/firefox,
// each an unpacked extension with its own manifest derived from manifest.json, then prints every
// bundle's size, raw and gzipped, and fails when the everywhere-script is over its budget.
//
// The content script is two bundles (README, "What runs where"): `content.js`, the everywhere-script
// the manifest injects into every page, and `article.js`, the article part, which the background
// injects only into pages that carry an article. All minified, with linked source maps (DevTools
// reads them; nothing fetches them otherwise).
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { deriveManifest } from './derive-manifest.mjs';
import { readabilityPatch, readerableAsModule } from './readability-patch.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
const entries = {
  content: 'src/content/main.ts', article: 'src/content/article-part.ts', 'tagger-data': 'src/content/tagger-data-part.ts',
  background: 'src/background/main.ts', popup: 'src/popup/popup.ts', options: 'src/options/options.ts',
};
/** The script injected into every page may weigh this much gzipped (issue 9). */
const EVERYWHERE_BUDGET = 20 * 1024;
// The people page (who's who across the reader's articles).
entries.people = 'src/people/people.ts';

// In the extension the tagger's data is its own file (`tagger-data.js`), injected only where a model is
// built; `article.js` reads it from the content scripts' world instead of carrying it.
const taggerDataGlobal = {
  name: 'tagger-data-global',
  setup(b) {
    b.onResolve({ filter: /\/tagger-data$/ }, (args) =>
      args.importer.includes('/src/model/tagger/') ? { path: new URL('../src/model/tagger/tagger-data-global.ts', import.meta.url).pathname } : undefined);
  },
};

const common = {
  bundle: true, write: false, outdir: 'out', target: ['chrome120', 'firefox128'], minify: true, sourcemap: 'linked',
  legalComments: 'none', logLevel: 'warning', plugins: [readabilityPatch, readerableAsModule, taggerDataGlobal],
};
const { outputFiles: outputs } = await build({ ...common, entryPoints: entries, format: 'iife' });

for (const browser of ['chrome', 'firefox']) {
  const dir = `build/${browser}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/icons`, { recursive: true });
  for (const file of outputs) writeFileSync(`${dir}/${file.path.split('/').pop()}`, file.contents);
  cpSync('src/popup/popup.html', `${dir}/popup.html`);
  cpSync('src/popup/popup.css', `${dir}/popup.css`);
  cpSync('src/options/options.html', `${dir}/options.html`);
  cpSync('src/content/page.css', `${dir}/content.css`);
  for (const f of ['people.html', 'people.css']) cpSync(`src/people/${f}`, `${dir}/${f}`);
  for (const size of [16, 32, 48, 128]) cpSync(`icons/icon-${size}.png`, `${dir}/icons/icon-${size}.png`);
  writeFileSync(`${dir}/manifest.json`, `${JSON.stringify(deriveManifest(base, browser, pkg.version), null, 2)}\n`);
}
console.log(`built build/chrome and build/firefox (v${pkg.version})`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);
let over = false;
for (const file of outputs.filter((f) => f.path.endsWith('.js'))) {
  const name = file.path.split('/').pop();
  const gz = gzipSync(file.contents, { level: 9 }).length;
  const note = name === 'content.js' ? `  everywhere-script (budget ${kb(EVERYWHERE_BUDGET).trim()} gzipped)` : name === 'article.js' ? '  article part, loaded on articles only'
    : name === 'tagger-data.js' ? '  the tagger\'s data, loaded only where a model is built' : '';
  console.log(`  ${name.padEnd(14)} ${kb(file.contents.length)} raw ${kb(gz)} gzipped${note}`);
  if (name === 'content.js' && gz > EVERYWHERE_BUDGET) over = true;
}
if (over) {
  console.error('build: content.js is over its gzipped budget: keep the article part out of the everywhere-script');
  process.exit(1);
}
