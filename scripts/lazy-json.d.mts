import type { Plugin } from 'esbuild';
/** Bundles the name tagger's JSON data as a string, parsed on first use. */
export const lazyJson: Plugin;
