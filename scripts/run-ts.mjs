// Runs a TypeScript entry point under Node: esbuild bundles it to a cache file, then it is imported
// with the remaining arguments. Keeps `npm run model` free of a TS loader dependency.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
// Keyed by the checkout, so worktrees sharing one node_modules (a symlink) never run each other's copy.
const checkout = createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8);
const out = path.resolve('node_modules/.cache/dramatis', checkout, `${path.basename(entry, '.ts')}.mjs`);
mkdirSync(path.dirname(out), { recursive: true });
await build({
  entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'esm', target: 'node20',
  packages: 'external', logLevel: 'error',
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(out).href);
