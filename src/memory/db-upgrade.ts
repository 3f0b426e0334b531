/**
 * The memory database's schema and its upgrades. Version 1 kept each person's article addresses in
 * the person record, so recording an article rewrote lists of thousands of addresses and the people
 * page read them all; version 2 keeps people small, finds their articles by an index on the articles
 * store, and searches names in a store of its own whose keys carry the order. An upgrade rewrites every
 * record once, inside the version-change transaction, so it either completes or leaves version 1.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { toStored } from './article-index';
import type { MemorySchema } from './db';
import { searchEntry } from './person-write';
import type { ArticleRecord, PersonRecord } from './types';

type UpgradeTx = IDBPTransaction<MemorySchema, StoreNames<MemorySchema>[], 'versionchange'>;

/** Creates the stores and indexes missing below `oldVersion`, and converts version 1's records. */
export async function upgradeMemory(db: IDBPDatabase<MemorySchema>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('by-site', 'site');
    articles.createIndex('by-read', 'readAt');
    const people = db.createObjectStore('people', { keyPath: 'key' });
    // Ascending order of these is the people page's order, so its first rows are one getAll.
    people.createIndex('by-count', 'rankCount');
    people.createIndex('by-last', 'rankRecent');
    // Namesakes by surname and first name: the candidates when an article names someone.
    people.createIndex('by-name', ['surname', 'given']);
  }
  if (oldVersion < 2) {
    // multiEntry over [key, readAt] pairs: a person's articles in reading order, by range.
    tx.objectStore('articles').createIndex('by-person', 'seen', { multiEntry: true });
    // multiEntry: one entry per suffix of each name word, so "contains" is a prefix range.
    db.createObjectStore('search', { keyPath: 'rank' }).createIndex('by-suffix', 'suffixes', { multiEntry: true });
    if (oldVersion < 1) return;
    tx.objectStore('people').deleteIndex('by-suffix');
    for (let c = await tx.objectStore('articles').openCursor(); c; c = await c.continue()) await c.update(toStored(c.value as ArticleRecord));
    for (let c = await tx.objectStore('people').openCursor(); c; c = await c.continue()) {
      const { articles: _, suffixes: __, ...summary } = c.value as PersonRecord & { suffixes: string[] };
      await Promise.all([c.update(summary), tx.objectStore('search').put(searchEntry(summary))]);
    }
  }
}
