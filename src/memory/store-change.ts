/**
 * The steps every change to the memory shares, inside one read-write transaction: writing an article
 * with its index entries, rebuilding people from their articles, dropping articles, and new keys.
 */
import { personRange, toStored } from './article-index';
import type { MemoryTx } from './db';
import { slugName } from './names';
import { appearancesByKey, derivePerson } from './person-record';
import { writePerson } from './person-write';
import type { ArticleRecord } from './types';

/** Writes an article with its by-person index entries. */
export function putArticle(tx: MemoryTx, article: ArticleRecord): Promise<string> {
  return tx.objectStore('articles').put(toStored(article));
}

/** Every article naming a person, oldest first (one range of the by-person index). */
export function articlesOf(tx: MemoryTx, key: string): Promise<ArticleRecord[]> {
  return tx.objectStore('articles').index('by-person').getAll(personRange(key));
}

/**
 * Rebuilds the given people from all their articles (deleting those left with none). Exact, at the
 * cost of reading each person's articles: only forgetting, merging, splitting and reading an article
 * again take this path; recording a new article adds to people incrementally.
 */
export async function rebuild(tx: MemoryTx, keys: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(keys)].map(async (key) => {
    const [before, articles] = await Promise.all([tx.objectStore('people').get(key), articlesOf(tx, key)]);
    await writePerson(tx, key, before, derivePerson(key, appearancesByKey(articles).get(key) ?? []));
  }));
}

/** Removes articles and rebuilds their people. */
export async function dropArticles(tx: MemoryTx, urls: readonly string[]): Promise<void> {
  const articles = await Promise.all(urls.map((u) => tx.objectStore('articles').get(u)));
  await Promise.all(urls.map((u) => tx.objectStore('articles').delete(u)));
  await rebuild(tx, articles.flatMap((a) => a?.people.map((p) => p.key) ?? []));
}

/**
 * The keys already taken among those new people of these names would get: each slug's keys are one key
 * range ("john-smith" up to "john-smith-\uffff"), all asked at once.
 */
export async function takenKeys(tx: MemoryTx, names: readonly string[]): Promise<Set<string>> {
  const bases = new Set(names.map(slugName));
  return new Set((await Promise.all([...bases].map((b) => tx.objectStore('people').getAllKeys(IDBKeyRange.bound(b, `${b}-\uffff`))))).flat());
}

/** Keys no one has yet, one per name, in order: the name's slug, then "-2", "-3"… (`taken` grows). */
export function freshKeys(names: readonly string[], taken: Set<string>): string[] {
  return names.map(slugName).map((base) => {
    for (let n = 1; ; n++) {
      const key = n === 1 ? base : `${base}-${n}`;
      if (!taken.has(key)) {
        taken.add(key);
        return key;
      }
    }
  });
}
