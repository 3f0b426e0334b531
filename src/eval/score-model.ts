import type { ArticleModel } from '../model/types';

/** A hand-made reading of one article: its people and its quotes, with who said them. */
export interface Gold {
  source?: string;
  people: { name: string; role: string | null; mentions: number }[];
  quotes: { text: string; speaker: string | null }[];
}

/** Counts behind the scores, so that articles add up into overall figures. */
export interface Tally {
  people: { predicted: number; gold: number; matched: number };
  roles: { judged: number; correct: number };
  mentions: { judged: number; exact: number };
  quotes: { predicted: number; gold: number; correct: number };
}

const key = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Which gold person a model actor is: same full name, or one name contained in the other with the same surname. */
function matchPeople(model: ArticleModel, gold: Gold): Map<string, string> {
  const byActor = new Map<string, string>();
  const taken = new Set<string>();
  for (const a of model.actors) {
    const g = gold.people.find((p) => !taken.has(p.name) && key(p.name) === key(a.fullName))
      ?? gold.people.find((p) => !taken.has(p.name) && key(p.name).endsWith(key(a.surname))
        && (key(p.name).includes(key(a.fullName)) || key(a.fullName).includes(key(p.name))));
    if (g) {
      byActor.set(a.id, g.name);
      taken.add(g.name);
    }
  }
  return byActor;
}

/** Scores a built model against its gold reading. */
export function scoreModel(model: ArticleModel, gold: Gold): Tally {
  const people = matchPeople(model, gold);
  const t: Tally = {
    people: { predicted: model.actors.length, gold: gold.people.length, matched: people.size },
    roles: { judged: 0, correct: 0 },
    mentions: { judged: 0, exact: 0 },
    quotes: { predicted: 0, gold: gold.quotes.filter((q) => q.speaker).length, correct: 0 },
  };
  for (const a of model.actors) {
    const g = gold.people.find((p) => p.name === people.get(a.id));
    if (!g) continue;
    t.roles.judged++;
    const ok = g.role === null ? a.role === null
      : a.role !== null && (key(a.role).includes(key(g.role)) || key(g.role).includes(key(a.role)));
    if (ok) t.roles.correct++;
    t.mentions.judged++;
    if (a.mentionCount === g.mentions) t.mentions.exact++;
  }
  for (const q of model.quotes) {
    if (!q.speaker) continue;
    t.quotes.predicted++;
    const g = gold.quotes.find((x) => key(x.text) === key(q.text));
    if (g?.speaker && people.get(q.speaker) === g.speaker) t.quotes.correct++;
  }
  return t;
}

/** Adds two sets of counts key by key ({ predicted, gold, matched } and the like). */
export function sumCounts<T extends Record<string, number>>(x: T, y: T): T {
  return Object.fromEntries(Object.keys(x).map((k) => [k, x[k]! + y[k]!])) as T;
}

/** Adds tallies up. */
export function addTallies(a: Tally, b: Tally): Tally {
  return { people: sumCounts(a.people, b.people), roles: sumCounts(a.roles, b.roles), mentions: sumCounts(a.mentions, b.mentions), quotes: sumCounts(a.quotes, b.quotes) };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** People and quote precision and recall (1 when there is nothing to judge); both scorers count them alike. */
export function peopleAndQuoteFigures(t: Pick<Tally, 'people' | 'quotes'>) {
  return {
    peoplePrecision: ratio(t.people.matched, t.people.predicted),
    peopleRecall: ratio(t.people.matched, t.people.gold),
    quotePrecision: ratio(t.quotes.correct, t.quotes.predicted),
    quoteRecall: ratio(t.quotes.correct, t.quotes.gold),
  };
}

/** The figures the issue asks for, from a tally. */
export function figures(t: Tally) {
  return {
    ...peopleAndQuoteFigures(t),
    roleAccuracy: ratio(t.roles.correct, t.roles.judged),
    mentionCountAccuracy: ratio(t.mentions.exact, t.mentions.judged),
  };
}
