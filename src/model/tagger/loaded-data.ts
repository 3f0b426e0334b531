import { taggerData, type TaggerData } from './tagger-data';

/** True where the tagger's data is at hand (in the extension: injected with `tagger-data.js`). */
export function taggerAvailable(): boolean {
  return taggerData() !== null;
}

/** The tagger's data; throws a clear error where it was not loaded, rather than tagging with nothing. */
export function loadedData(): TaggerData {
  const data = taggerData();
  if (!data) throw new Error("the name tagger's data is not loaded on this page (tagger-data.js was not injected)");
  return data;
}
