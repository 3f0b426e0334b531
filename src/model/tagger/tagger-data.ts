/**
 * Where the tagger's shipped data comes from. Under Node and in the tests, the JSON files beside this
 * module. In the extension, scripts/build.mjs swaps this module for one that reads the data that
 * `tagger-data.js` (src/content/tagger-data-part.ts) left in the content scripts' world: the background
 * injects that 1.2 MB (gzipped) file only into pages whose model must be built, so a page whose article
 * ships with the extension never compiles it.
 */
import weights from './weights.json';
import lists from './gazetteer.json';
import type { GazetteerData } from './gazetteer';
import type { PackedWeights } from './packed-weights';

/** The tagger's weights and name lists, as `npm run train` writes them. */
export interface TaggerData {
  weights: PackedWeights;
  lists: GazetteerData;
}

/** The shipped data, or null where it was not loaded (a page whose model shipped). */
export function taggerData(): TaggerData | null {
  return { weights: weights as PackedWeights, lists };
}
