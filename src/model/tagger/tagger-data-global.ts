/**
 * The extension's `tagger-data.ts` (scripts/build.mjs puts this module in its place in `article.js`):
 * the data `tagger-data.js` left in the content scripts' world, or null when it was not injected.
 */
import type { TaggerData } from './tagger-data';

/** The key under which `tagger-data.js` leaves the data in the content scripts' world. */
export const TAGGER_DATA_KEY = Symbol.for('dramatis.tagger-data');

/** The injected data, or null. */
export function taggerData(): TaggerData | null {
  return (globalThis as { [TAGGER_DATA_KEY]?: TaggerData })[TAGGER_DATA_KEY] ?? null;
}
