/**
 * Writing the memory: recording an article, forgetting (an article, a site, a person, everything, or
 * what is older than the retention period), and the reader's merge and split. Every change is one
 * transaction over both stores, so a person always sums exactly their articles.
 */
import type { IDBPTransaction } from 'idb';
import type { MemoryDb, MemorySchema } from './db';
import { nameTokens, slugName } from './names';
import { addAppearance, appearancesByKey, derivePerson } from './person-record';
import { assignPeople, type Candidate } from './same-person';
import type { ArticleInput, ArticleRecord, PersonRecord } from './types';

type Tx = IDBPTransaction<MemorySchema, ['articles', 'people'], 'readwrite'>;

const DAY_MS = 86_400_000;

/** A key no one has yet: the name's slug, then "-2", "-3"… */
async function freshKey(tx: Tx, name: string, taken: Set<string>): Promise<string> {
  const base = slugName(name);
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(key) && (await tx.objectStore('people').getKey(key)) === undefined) {
      taken.add(key);
      return key;
    }
  }
}

/**
 * Remembered people who may be the one this name names: the same surname, and a first name with the
 * same initial, or none (a surname alone may be anyone of that surname).
 */
async function namesakes(tx: Tx, name: string): Promise<PersonRecord[]> {
  const words = nameTokens(name);
  const surname = words.at(-1);
  if (!surname) return [];
  const index = tx.objectStore('people').index('by-name');
  if (words.length === 1) return index.getAll(IDBKeyRange.bound([surname, ''], [surname, '\uffff']));
  const initial = words[0]![0]!;
  const [bare, same] = await Promise.all([index.getAll(IDBKeyRange.only([surname, ''])),
    index.getAll(IDBKeyRange.bound([surname, initial], [surname, `${initial}\uffff`]))]);
  return [...bare, ...same];
}

/** Rebuilds the given people from the articles at `urls` (which must hold all of theirs). */
async function rebuild(tx: Tx, keys: Iterable<string>, urls: Iterable<string>): Promise<void> {
  const articles = (await Promise.all([...new Set(urls)].map((u) => tx.objectStore('articles').get(u)))).filter((a): a is ArticleRecord => !!a);
  const seen = appearancesByKey(articles);
  for (const key of new Set(keys)) {
    const p = derivePerson(key, seen.get(key) ?? []);
    if (p) await tx.objectStore('people').put(p);
    else await tx.objectStore('people').delete(key);
  }
}

/** Removes articles and rebuilds their people. */
async function dropArticles(tx: Tx, urls: readonly string[]): Promise<void> {
  const keys = new Set<string>();
  const others = new Set<string>();
  for (const url of urls) {
    const a = await tx.objectStore('articles').get(url);
    if (!a) continue;
    await tx.objectStore('articles').delete(url);
    for (const p of a.people) {
      keys.add(p.key);
      for (const u of (await tx.objectStore('people').get(p.key))?.articles ?? []) others.add(u);
    }
  }
  await rebuild(tx, keys, others);
}

/**
 * Records an article read at `now` (reading it again replaces the earlier record) and returns the
 * remembered person's key for each of its people, by the article's actor id.
 */
export async function recordArticle(db: MemoryDb, input: ArticleInput, now: number): Promise<Map<string, string>> {
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  const people = tx.objectStore('people');
  if (await tx.objectStore('articles').getKey(input.url)) await dropArticles(tx, [input.url]);
  const candidates = new Map<string, PersonRecord[]>();
  for (const p of input.people) candidates.set(p.id, await namesakes(tx, p.name));
  const assigned = assignPeople(input.people, candidates);
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of input.people) {
    const key = assigned.get(p.id) ?? (await freshKey(tx, p.name, taken));
    keys.set(p.id, key);
    const before = (candidates.get(p.id) as PersonRecord[] | undefined)?.find((c) => c.key === key);
    await people.put(addAppearance(key, before, { url: input.url, readAt: now, name: p.name, role: p.role }));
  }
  const record: ArticleRecord = {
    url: input.url, title: input.title, site: input.site, readAt: now,
    people: input.people.map((p) => ({ key: keys.get(p.id)!, name: p.name, role: p.role, quotes: p.quotes })),
  };
  await tx.objectStore('articles').put(record);
  await tx.done;
  return keys;
}

/** Forgets one article. */
export async function forgetArticle(db: MemoryDb, url: string): Promise<void> {
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  await dropArticles(tx, [url]);
  await tx.done;
}

/** Forgets every article read on a site (host name). */
export async function forgetSite(db: MemoryDb, site: string): Promise<void> {
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  await dropArticles(tx, await tx.objectStore('articles').index('by-site').getAllKeys(site));
  await tx.done;
}

/** Forgets articles read before `now - days` (days 0: keep forever). Returns how many went. */
export async function forgetOlderThan(db: MemoryDb, days: number, now: number): Promise<number> {
  if (!(days > 0)) return 0;
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  const old = await tx.objectStore('articles').index('by-read').getAllKeys(IDBKeyRange.upperBound(now - days * DAY_MS, true));
  await dropArticles(tx, old);
  await tx.done;
  return old.length;
}

/** Forgets a person: gone from the people list and from every article's record. */
export async function forgetPerson(db: MemoryDb, key: string): Promise<void> {
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  const person = await tx.objectStore('people').get(key);
  for (const url of person?.articles ?? []) {
    const a = await tx.objectStore('articles').get(url);
    if (a) await tx.objectStore('articles').put({ ...a, people: a.people.filter((p) => p.key !== key) });
  }
  await tx.objectStore('people').delete(key);
  await tx.done;
}

/** Forgets everything. */
export async function forgetAll(db: MemoryDb): Promise<void> {
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('people').clear(), tx.done]);
}

/** Gives articles' people a new key, then rebuilds every person touched. */
async function rekey(tx: Tx, urls: readonly string[], from: ReadonlySet<string>, to: string): Promise<void> {
  for (const url of urls) {
    const a = await tx.objectStore('articles').get(url);
    if (a) await tx.objectStore('articles').put({ ...a, people: a.people.map((p) => (from.has(p.key) ? { ...p, key: to } : p)) });
  }
}

/** The reader says these people are one: `others` join `into`. */
export async function mergePeople(db: MemoryDb, into: string, others: readonly string[]): Promise<void> {
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  const from = new Set(others.filter((k) => k !== into));
  const all = await Promise.all([into, ...from].map((k) => tx.objectStore('people').get(k)));
  const urls = all.flatMap((p) => p?.articles ?? []);
  await rekey(tx, urls, from, into);
  await rebuild(tx, [into, ...from], urls);
  await tx.done;
}

/** The reader says a person's appearances in `urls` are someone else: returns that new person's key. */
export async function splitPerson(db: MemoryDb, key: string, urls: readonly string[]): Promise<string> {
  const tx = db.transaction(['articles', 'people'], 'readwrite');
  const person = await tx.objectStore('people').get(key);
  if (!person) throw new Error(`no person ${key} to split`);
  const moving = urls.filter((u) => person.articles.includes(u));
  const fresh = await freshKey(tx, person.name, new Set());
  await rekey(tx, moving, new Set([key]), fresh);
  await rebuild(tx, [key, fresh], person.articles);
  await tx.done;
  return fresh;
}
