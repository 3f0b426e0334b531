// An esbuild plugin that takes two `innerHTML` assignments out of Mozilla Readability as it is bundled.
// Both run only on the detached copy of the page that Readability works on, so they were never a
// risk; but addons.mozilla.org's linter flags any innerHTML assignment, and a store listing with
// warnings needs a manual review. The patch fails loudly if a Readability update changes these lines.
import { readFile } from 'node:fs/promises';

const PATCHES = [
  // Keep a copy of the page's nodes to restore between attempts, instead of its HTML.
  ['var pageCacheHtml = page.innerHTML;', 'var pageCache = page.cloneNode(true);'],
  ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCache.cloneNode(true).childNodes);'],
  // Unwrapping images from <noscript> recovers lazy-loaded pictures; Dramatis reads text only.
  ['tmp.innerHTML = noscript.innerHTML;', 'return;'],
];

export const readabilityPatch = {
  name: 'readability-without-innerhtml',
  setup(build) {
    build.onLoad({ filter: /@mozilla[\\/]readability[\\/]Readability\.js$/ }, async (args) => {
      let code = await readFile(args.path, 'utf8');
      for (const [from, to] of PATCHES) {
        if (!code.includes(from)) throw new Error(`readability-patch: "${from}" not found; review the patch for this Readability version`);
        code = code.replace(from, to);
      }
      return { contents: code, loader: 'js' };
    });
  },
};

/**
 * Bundles Readability's readerable test as an ES module rather than CommonJS. The everywhere-script
 * imports it, and esbuild's CommonJS interop (`__toESM`) costs a tenth of a millisecond of script
 * time on every page a reader opens, a tenth of the script's budget there; the file is one function
 * that ends by assigning `module.exports`, which this swaps for a default export.
 */
export const readerableAsModule = {
  name: 'readerable-as-module',
  setup(build) {
    build.onLoad({ filter: /@mozilla[\\/]readability[\\/]Readability-readerable\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const tail = /if \(typeof module === "object"\) \{[^}]*module\.exports = isProbablyReaderable;\s*\}\s*$/;
      if (!tail.test(code)) throw new Error('readerable-as-module: the export at the end of Readability-readerable.js changed; review this plugin');
      return { contents: code.replace(tail, 'export default isProbablyReaderable;\n'), loader: 'js' };
    });
  },
};
