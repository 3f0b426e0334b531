/**
 * Scoring a reading of a real article against its gold reading, by the rules of
 * `../shared/realgold/README.md` (used by `npm run eval:real`). Pure: no DOM, no files.
 *
 * - People: a found person is matched to the gold person with whom it shares the most name forms
 *   (case-insensitive, without "’s" and without titles such as "Mr."). A second found person for the
 *   same gold person (one person split in two) counts as wrong.
 * - Quotes: a quote marked with a speaker is right when it is a gold quote (same opening words: one's
 *   normalized text starts with the other's) and its speaker resolves to the gold speaker. Each gold
 *   quote is matched at most once, in order.
 */
import type { ArticleModel } from '../model/types';
import { dropInvisible } from '../matching/normalize';
import { peopleAndQuoteFigures, sumCounts } from './score-model';

/** A gold reading of a real article (`gold.json` of a realgold folder). */
export interface RealGold {
  people: { name: string; forms: string[]; role?: string | null }[];
  quotes: { text: string; speaker: string | null }[];
}

/** What a reader is given: people (by id, with the name forms used for them) and quotes. */
export interface Reading {
  people: { id: string; forms: string[] }[];
  /** `speaker` is a person id of `people`, or null for a quote of no one. */
  quotes: { text: string; speaker: string | null }[];
}

/** Counts behind the scores; they add up over articles. */
export interface RealTally {
  people: { predicted: number; gold: number; matched: number };
  quotes: { predicted: number; gold: number; correct: number };
}

/** A quote whose speaker is wrong or missing. */
export interface SpeakerMiss {
  /** The gold quote's opening words, or the marked quote's text when it is no gold quote. */
  text: string;
  /** The gold speaker; null for a quote of no one; undefined when the quote is no gold quote. */
  gold: string | null | undefined;
  /** The given speaker (the found person's longest form), or null when none was given or the quote not found. */
  given: string | null;
}

export interface RealMisses {
  /** Gold people no found person matched (their names). */
  missedPeople: string[];
  /** Found people that match no gold person (their forms). */
  falsePeople: string[][];
  /** Gold people found more than once: the forms of each extra found person. */
  splitPeople: { gold: string; extra: string[][] }[];
  wrongSpeakers: SpeakerMiss[];
}

export interface RealScore {
  tally: RealTally;
  misses: RealMisses;
}

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'fr',
  'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'gen', 'col', 'capt', 'lt', 'sgt', 'adm', 'hon', 'judge',
]);

/** A name form for comparison: lower case, no "’s", no leading titles, punctuation as spaces. */
export function nameKey(form: string): string {
  // Soft hyphens and zero-width characters are no word break: a page may hyphenate a name invisibly.
  let words = dropInvisible(form.normalize('NFC')).toLowerCase().replace(/[’‘`]/g, "'")
    .replace(/'s?\s*$/u, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ').replace(/'/g, '').trim().split(' ').filter(Boolean);
  while (words.length > 1 && TITLES.has(words[0]!)) words = words.slice(1);
  return words.join(' ');
}

/** A quote's text for comparison: lower case, no quotation marks, apostrophes or punctuation. */
export function quoteKey(text: string): string {
  return dropInvisible(text.normalize('NFC')).toLowerCase().replace(/[’‘`']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Same opening words: one normalized text is the other, or starts with it followed by a word break. */
export function sameOpening(a: string, b: string): boolean {
  const x = quoteKey(a);
  const y = quoteKey(b);
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long === short || long.startsWith(`${short} `);
}

const displayName = (forms: string[]): string =>
  [...forms].sort((a, b) => b.length - a.length)[0] ?? '(no name)';

/** Scores one reading against the gold reading of the same article. */
export function scoreReading(reading: Reading, gold: RealGold): RealScore {
  const goldKeys = gold.people.map((p) => new Set([p.name, ...p.forms].map(nameKey).filter(Boolean)));
  // Each found person's best gold person (most shared forms; ties go to the first gold person).
  const best = reading.people.map((p) => {
    const keys = new Set(p.forms.map(nameKey).filter(Boolean));
    let at = -1;
    let most = 0;
    goldKeys.forEach((g, i) => {
      const shared = [...keys].filter((k) => g.has(k)).length;
      if (shared > most) [at, most] = [i, shared];
    });
    return { at, most };
  });
  // The found person sharing the most forms with a gold person is its match; any other is a split.
  const matchOf = new Map<number, number>(); // gold index → found index
  best.forEach(({ at, most }, i) => {
    if (at < 0) return;
    const cur = matchOf.get(at);
    if (cur === undefined || most > best[cur]!.most) matchOf.set(at, i);
  });
  const misses: RealMisses = { missedPeople: [], falsePeople: [], splitPeople: [], wrongSpeakers: [] };
  gold.people.forEach((g, i) => { if (!matchOf.has(i)) misses.missedPeople.push(g.name); });
  reading.people.forEach((p, i) => { if (best[i]!.at < 0) misses.falsePeople.push(p.forms); });
  const splits = new Map<number, string[][]>();
  reading.people.forEach((p, i) => {
    const at = best[i]!.at;
    if (at >= 0 && matchOf.get(at) !== i) splits.set(at, [...(splits.get(at) ?? []), p.forms]);
  });
  for (const [at, extra] of [...splits].sort((a, b) => a[0] - b[0])) misses.splitPeople.push({ gold: gold.people[at]!.name, extra });

  // Who each person id is, for quotes: a split person still names its gold person.
  const goldOfId = new Map<string, string>();
  const nameOfId = new Map<string, string>();
  reading.people.forEach((p, i) => {
    nameOfId.set(p.id, displayName(p.forms));
    const at = best[i]!.at;
    if (at >= 0) goldOfId.set(p.id, gold.people[at]!.name);
  });
  const given = (id: string | null): string | null => (id === null ? null : nameOfId.get(id) ?? `(unknown person ${id})`);

  // Quotes: each quote takes the free gold quote with the same opening that shares the most words
  // with it (so "We are going …" is not taken by a gold "We"); among equals the first after the last
  // one taken, else the first.
  const taken = new Array<number | undefined>(gold.quotes.length).fill(undefined); // gold index → quote index
  const goldKeys2 = gold.quotes.map((g) => quoteKey(g.text));
  let last = -1;
  const goldIndexOf = reading.quotes.map((q, qi) => {
    const k = quoteKey(q.text);
    let at = -1;
    let bestLen = 0;
    let bestAfter = false;
    goldKeys2.forEach((g, i) => {
      if (taken[i] !== undefined || !sameOpening(k, g)) return;
      const len = Math.min(k.length, g.length);
      const after = i > last;
      if (len > bestLen || (len === bestLen && after && !bestAfter)) [at, bestLen, bestAfter] = [i, len, after];
    });
    if (at >= 0) {
      taken[at] = qi;
      last = at;
    }
    return at;
  });
  const tally: RealTally = {
    people: { predicted: reading.people.length, gold: gold.people.length, matched: matchOf.size },
    quotes: { predicted: 0, gold: gold.quotes.filter((q) => q.speaker !== null).length, correct: 0 },
  };
  reading.quotes.forEach((q, i) => {
    if (q.speaker === null) return;
    tally.quotes.predicted++;
    const at = goldIndexOf[i]!;
    if (at < 0) misses.wrongSpeakers.push({ text: q.text, gold: undefined, given: given(q.speaker) });
    else if (gold.quotes[at]!.speaker === null) misses.wrongSpeakers.push({ text: gold.quotes[at]!.text, gold: null, given: given(q.speaker) });
  });
  gold.quotes.forEach((g, at) => {
    if (g.speaker === null) return;
    const i = taken[at];
    const speaker = i === undefined ? null : reading.quotes[i]!.speaker;
    if (speaker !== null && goldOfId.get(speaker) === g.speaker) tally.quotes.correct++;
    else misses.wrongSpeakers.push({ text: g.text, gold: g.speaker, given: given(speaker) });
  });
  return { tally, misses };
}

/** The reading of a built model: each actor's forms are its full name and aliases. */
export function readingOfModel(model: ArticleModel): Reading {
  return {
    people: model.actors.map((a) => ({ id: a.id, forms: [a.fullName, ...a.aliases] })),
    quotes: model.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
  };
}

export const emptyRealTally = (): RealTally => ({
  people: { predicted: 0, gold: 0, matched: 0 },
  quotes: { predicted: 0, gold: 0, correct: 0 },
});

/** Adds tallies up into overall figures. */
export function addRealTallies(a: RealTally, b: RealTally): RealTally {
  return { people: sumCounts(a.people, b.people), quotes: sumCounts(a.quotes, b.quotes) };
}

/** Precision and recall from a tally (1 when there is nothing to judge). */
export const realFigures = (t: RealTally) => peopleAndQuoteFigures(t);
