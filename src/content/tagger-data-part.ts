/**
 * `tagger-data.js`: the name tagger's weights and lists alone, which the background injects before
 * `article.js` only when the page's model must be built (no shipped model matched). It leaves them in
 * the content scripts' world for `taggerData()` (src/model/tagger/tagger-data-global.ts).
 */
import weights from '../model/tagger/weights.json';
import lists from '../model/tagger/gazetteer.json';
import { TAGGER_DATA_KEY } from '../model/tagger/tagger-data-global';

(globalThis as Record<symbol, unknown>)[TAGGER_DATA_KEY] = { weights, lists };
