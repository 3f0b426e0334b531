import { fromBundledJson } from './bundled-json';
import lists from './gazetteer.json';

/** Name lists the tagger consults, all lowercase. */
export interface Gazetteer {
  given: ReadonlySet<string>;
  surname: ReadonlySet<string>;
  place: ReadonlySet<string>;
  /** Words the training corpora write in lowercase, often: "focus", "machine", "works". */
  common: ReadonlySet<string>;
}

/** The lists as `npm run train` writes them: each a newline-joined string (compact to ship and parse). */
export interface GazetteerData {
  given: string;
  surname: string;
  place: string;
  common: string;
}

/** Turns the shipped lists into sets. */
export function gazetteerFrom(data: GazetteerData): Gazetteer {
  const set = (s: string): ReadonlySet<string> => new Set(s ? s.split('\n') : []);
  return { given: set(data.given), surname: set(data.surname), place: set(data.place), common: set(data.common) };
}

let shipped: Gazetteer | null = null;

/** The shipped lists, read once on first use (so that pages which never tag pay nothing). */
export function shippedGazetteer(): Gazetteer {
  shipped ??= gazetteerFrom(fromBundledJson<GazetteerData>(lists));
  return shipped;
}
