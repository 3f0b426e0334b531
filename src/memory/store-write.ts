/**
 * Changing the memory at the reader's word: forgetting (an article, a site, a person, everything, or
 * what is older than the retention period), merging and splitting. Every change is one transaction
 * over both stores, so a person always sums exactly their articles. (Recording: record-article.ts.)
 */
import { writeMemory, type MemoryDb, type MemoryTx } from './db';
import { writePerson } from './person-write';
import { articlesOf, dropArticles, freshKeys, putArticle, rebuild, takenKeys } from './store-change';
import type { ArticleRecord } from './types';

const DAY_MS = 86_400_000;

/** Forgets one article. */
export async function forgetArticle(db: MemoryDb, url: string): Promise<void> {
  const tx = writeMemory(db);
  await dropArticles(tx, [url]);
  await tx.done;
}

/** Forgets every article read on a site (host name). */
export async function forgetSite(db: MemoryDb, site: string): Promise<void> {
  const tx = writeMemory(db);
  await dropArticles(tx, await tx.objectStore('articles').index('by-site').getAllKeys(site));
  await tx.done;
}

/**
 * Forgets articles read before `now - days` (days 0: keep forever). Returns how many went. Usually
 * nothing is that old: a read-only look first spares the page and the background a read-write
 * transaction (which waits for every reader and blocks the next) on each call.
 */
export async function forgetOlderThan(db: MemoryDb, days: number, now: number): Promise<number> {
  if (!(days > 0)) return 0;
  const range = IDBKeyRange.upperBound(now - days * DAY_MS, true);
  if ((await db.countFromIndex('articles', 'by-read', range)) === 0) return 0;
  const tx = writeMemory(db);
  const old = await tx.objectStore('articles').index('by-read').getAllKeys(range);
  await dropArticles(tx, old);
  await tx.done;
  return old.length;
}

/** Forgets a person: gone from the people list and from every article's record. */
export async function forgetPerson(db: MemoryDb, key: string): Promise<void> {
  const tx = writeMemory(db);
  const [person, articles] = await Promise.all([tx.objectStore('people').get(key), articlesOf(tx, key)]);
  await Promise.all([...articles.map((a) => putArticle(tx, { ...a, people: a.people.filter((p) => p.key !== key) })),
    writePerson(tx, key, person, undefined)]);
  await tx.done;
}

/** Forgets everything. */
export async function forgetAll(db: MemoryDb): Promise<void> {
  const tx = writeMemory(db);
  await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('people').clear(), tx.objectStore('search').clear(), tx.done]);
}

/** Gives these articles' people in `from` the key `to`. */
function rekey(tx: MemoryTx, articles: readonly ArticleRecord[], from: ReadonlySet<string>, to: string): Promise<unknown> {
  return Promise.all(articles.map((a) => putArticle(tx, { ...a, people: a.people.map((p) => (from.has(p.key) ? { ...p, key: to } : p)) })));
}

/** The reader says these people are one: `others` join `into`. */
export async function mergePeople(db: MemoryDb, into: string, others: readonly string[]): Promise<void> {
  const tx = writeMemory(db);
  const from = new Set(others.filter((k) => k !== into));
  const articles = (await Promise.all([...from].map((k) => articlesOf(tx, k)))).flat();
  await rekey(tx, [...new Map(articles.map((a) => [a.url, a])).values()], from, into);
  await rebuild(tx, [into, ...from]);
  await tx.done;
}

/** The reader says a person's appearances in `urls` are someone else: returns that new person's key. */
export async function splitPerson(db: MemoryDb, key: string, urls: readonly string[]): Promise<string> {
  const tx = writeMemory(db);
  const person = await tx.objectStore('people').get(key);
  if (!person) throw new Error(`no person ${key} to split`);
  const moving = (await articlesOf(tx, key)).filter((a) => urls.includes(a.url));
  const [fresh] = freshKeys([person.name], await takenKeys(tx, [person.name]));
  await rekey(tx, moving, new Set([key]), fresh!);
  await rebuild(tx, [key, fresh!]);
  await tx.done;
  return fresh!;
}
