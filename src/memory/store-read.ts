/**
 * Reading the memory by its indexes, never by scanning: a page of people in order of frequency or
 * recency (the by-count or by-last index), people whose names contain a text (a prefix range on the
 * search store's multiEntry by-suffix index), a person's timeline (the articles' by-person index),
 * and what a card recalls.
 */
import { fromStored, personRange } from './article-index';
import type { MemoryDb } from './db';
import { foldName } from './names';
import type { ArticleRecord, PersonRecall, PersonSummary } from './types';

export type PeopleOrder = 'count' | 'recent';

/** Most recent articles a card lists per person. */
export const RECALL_LIMIT = 5;
/** Most people a search returns (a one-letter search would otherwise read everyone). */
export const SEARCH_LIMIT = 2000;

/** How many people are remembered. */
export function countPeople(db: MemoryDb): Promise<number> {
  return db.count('people');
}

/** People `offset` to `offset + limit` in the given order, most first. */
export async function listPeople(db: MemoryDb, order: PeopleOrder, offset: number, limit: number): Promise<PersonSummary[]> {
  const index = db.transaction('people').store.index(order === 'count' ? 'by-count' : 'by-last');
  // The top of the list in one call; further down, a cursor skips to the offset.
  if (offset === 0) return index.getAll(null, limit);
  let cursor = await index.openCursor();
  if (cursor) cursor = await cursor.advance(offset);
  const out: PersonSummary[] = [];
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** [-count, -lastSeen, key] in the order asked: by count, then recency (as stored), or recency first. */
const sortKey = (order: PeopleOrder, [c, l, k]: [number, number, string]): [number, number, string] => (order === 'count' ? [c, l, k] : [l, c, k]);
const compare = (x: [number, number, string], y: [number, number, string]): number =>
  x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);

/**
 * The keys of the people any of whose names contain `text` (case and accents ignored), in the given
 * order. The search store's keys are [rank, key], so for a one-word search its keys alone, without
 * reading a record, give who matches and in what order; a search of several words reads the search
 * entries of its longest word's matches (one request), to check the whole text in their names.
 */
export async function findPeople(db: MemoryDb, text: string, order: PeopleOrder): Promise<string[]> {
  const wanted = foldName(text);
  if (!wanted) return [];
  // The longest word of the query narrows most; every remembered word's suffixes are indexed.
  const piece = wanted.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
  const index = db.transaction('search').store.index('by-suffix');
  const range = IDBKeyRange.bound(piece, `${piece}\uffff`);
  const ranks = piece === wanted ? await index.getAllKeys(range, SEARCH_LIMIT)
    : (await index.getAll(range, SEARCH_LIMIT)).filter((e) => e.names.some((n) => n.includes(wanted))).map((e) => e.rank);
  // A person whose names hold the piece more than once comes back once per entry.
  const unique = [...new Map(ranks.map((r) => [r[2], r])).values()].sort((x, y) => compare(sortKey(order, x), sortKey(order, y)));
  return unique.map((r) => r[2]);
}

/** These people's records, in the order given (those forgotten meanwhile left out). */
export async function peopleByKey(db: MemoryDb, keys: readonly string[]): Promise<PersonSummary[]> {
  const store = db.transaction('people').store;
  return (await Promise.all(keys.map((k) => store.get(k)))).filter((p) => p !== undefined);
}

/** People any of whose names contain `text` (case and accents ignored), in the given order. */
export async function searchPeople(db: MemoryDb, text: string, order: PeopleOrder): Promise<PersonSummary[]> {
  return peopleByKey(db, await findPeople(db, text, order));
}

/** A person and the articles naming them (one range of the by-person index), most recent first. */
export async function personTimeline(db: MemoryDb, key: string): Promise<{ person: PersonSummary; articles: ArticleRecord[] } | null> {
  const tx = db.transaction(['people', 'articles']);
  const [person, articles] = await Promise.all([tx.objectStore('people').get(key), tx.objectStore('articles').index('by-person').getAll(personRange(key))]);
  if (!person) return null;
  return { person, articles: articles.map(fromStored).sort((a, b) => b.readAt - a.readAt) };
}

/** How many of a person's most recent articles recall reads to tell copies apart. */
const RECALL_SCAN = 200;

/**
 * What the card shows for each person of the article at `url`: their other articles (how many, and the
 * most recent five with the role given in each). The same story syndicated on another site (the same
 * title) is not another article: copies of this one are left out, and of other copies the latest kept.
 * Keyed like `keys` (by the article's actor ids). Each person's addresses come from the by-person
 * index in reading order (keys only, cheap), and only the last RECALL_SCAN of them are read whole.
 */
export async function recall(db: MemoryDb, url: string, keys: ReadonlyMap<string, string>): Promise<Record<string, PersonRecall>> {
  const tx = db.transaction('articles');
  const byPerson = tx.store.index('by-person');
  const title = (await tx.store.get(url))?.title;
  const found = await Promise.all([...keys].map(async ([actor, key]): Promise<[string, PersonRecall] | null> => {
    const others = (await byPerson.getAllKeys(personRange(key))).filter((u) => u !== url);
    const scanned = (await Promise.all(others.slice(-RECALL_SCAN).map((u) => tx.store.get(u))))
      .filter((a) => !!a).sort((a, b) => b.readAt - a.readAt);
    const seen = new Set([title]);
    const distinct = scanned.filter((a) => !seen.has(a.title) && seen.add(a.title));
    if (distinct.length === 0) return null;
    const recent = distinct.slice(0, RECALL_LIMIT)
      .map((a) => ({ url: a.url, title: a.title, site: a.site, readAt: a.readAt, role: a.people.find((p) => p.key === key)?.role ?? null }));
    return [actor, { key, total: distinct.length + Math.max(0, others.length - RECALL_SCAN), recent }];
  }));
  return Object.fromEntries(found.filter((x) => x !== null));
}
