import { loadedData } from './loaded-data';
import { sortedWordList, type WordList } from './sorted-word-list';

/** Name lists the tagger (and the builder) consults, all lowercase. A `Set` of words is one too. */
export interface Gazetteer {
  given: WordList;
  surname: WordList;
  place: WordList;
  /** Words the training corpora write in lowercase, often: "focus", "machine", "works". */
  common: WordList;
  /** Given names borne almost only by women ("ellen"), and by men ("hal"): a prior for pronouns. */
  female: WordList;
  male: WordList;
  /** Place names of several words ("rio de janeiro", "costa rica"): no person's name. */
  placePhrase: WordList;
  /** Well-known people's full or stage names ("rihanna", "barack obama"): the builder's, not the tagger's. */
  famous: WordList;
  /** Big companies' names ("lockheed martin", "raymond james"): shaped like a person's, and no one. */
  companies: WordList;
}

/** The lists as `npm run train` writes them: each sorted and newline-joined (compact to ship and parse). */
export interface GazetteerData {
  given: string;
  surname: string;
  place: string;
  common: string;
  female: string;
  male: string;
  placePhrase: string;
  famous: string;
  companies: string;
}

/** Searches the shipped lists as they are: no sets to build (see `sortedWordList`). */
export function gazetteerFrom(data: GazetteerData): Gazetteer {
  return {
    given: sortedWordList(data.given), surname: sortedWordList(data.surname), place: sortedWordList(data.place),
    common: sortedWordList(data.common), female: sortedWordList(data.female), male: sortedWordList(data.male),
    placePhrase: sortedWordList(data.placePhrase), famous: sortedWordList(data.famous), companies: sortedWordList(data.companies),
  };
}

/** The same lists as sets: what the lists were before, kept as the reference `npm run train` compares with. */
export function gazetteerSets(data: GazetteerData): Gazetteer {
  const set = (s: string): ReadonlySet<string> => new Set(s ? s.split('\n') : []);
  return {
    given: set(data.given), surname: set(data.surname), place: set(data.place), common: set(data.common),
    female: set(data.female), male: set(data.male), placePhrase: set(data.placePhrase), famous: set(data.famous),
    companies: set(data.companies),
  };
}

/** A given name the lists know that is no everyday word ("Ellen", not "Blue"); false without lists. */
export function isGivenName(names: Gazetteer | null | undefined, word: string): boolean {
  const w = word.toLowerCase();
  return !!names && names.given.has(w) && !names.common.has(w);
}

let shipped: Gazetteer | null = null;

/** The shipped lists, wrapped once on first use (four strings in the bundle: nothing to parse or build). */
export function shippedGazetteer(): Gazetteer {
  shipped ??= gazetteerFrom(loadedData().lists);
  return shipped;
}
