// `npm run build`: bundles the extension with esbuild and writes build/chrome and build/firefox,
// each an unpacked extension with its own manifest derived from manifest.json.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { deriveManifest } from './derive-manifest.mjs';
import { readabilityPatch } from './readability-patch.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
const entries = { content: 'src/content/main.ts', background: 'src/background/main.ts', popup: 'src/popup/popup.ts', options: 'src/options/options.ts' };
// The people page (who's who across the reader's articles).
entries.people = 'src/people/people.ts';

const bundled = await build({
  entryPoints: entries, bundle: true, write: false, outdir: 'out', format: 'iife', target: ['chrome120', 'firefox128'],
  legalComments: 'none', logLevel: 'warning', plugins: [readabilityPatch],
});

for (const browser of ['chrome', 'firefox']) {
  const dir = `build/${browser}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/icons`, { recursive: true });
  for (const file of bundled.outputFiles) writeFileSync(`${dir}/${file.path.split('/').pop()}`, file.contents);
  cpSync('src/popup/popup.html', `${dir}/popup.html`);
  cpSync('src/popup/popup.css', `${dir}/popup.css`);
  cpSync('src/options/options.html', `${dir}/options.html`);
  cpSync('src/content/page.css', `${dir}/content.css`);
  for (const f of ['people.html', 'people.css']) cpSync(`src/people/${f}`, `${dir}/${f}`);
  for (const size of [16, 32, 48, 128]) cpSync(`icons/icon-${size}.png`, `${dir}/icons/icon-${size}.png`);
  writeFileSync(`${dir}/manifest.json`, `${JSON.stringify(deriveManifest(base, browser, pkg.version), null, 2)}\n`);
}
console.log(`built build/chrome and build/firefox (v${pkg.version})`);
