// An esbuild plugin that bundles the name tagger's data (src/model/tagger/*.json, 3.4 MB) as one
// string literal rather than as an object literal: the browser then compiles a string, not 70,000
// properties, on every article page, and the builder parses it (JSON.parse, the fast path) only when it
// first builds a model — never on a page whose article ships with the extension.
import { readFile } from 'node:fs/promises';

export const lazyJson = {
  name: 'tagger-json-as-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]model[\\/]tagger[\\/][\w-]+\.json$/ }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};
