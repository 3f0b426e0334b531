/**
 * The memory's IndexedDB, opened through `idb`. One database for the extension's origin: the
 * background writes it for content scripts, and extension pages (the people page) read it directly.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleRecord, PersonRecord } from './types';

export interface MemorySchema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { 'by-site': string; 'by-read': number } };
  people: {
    key: string;
    value: PersonRecord;
    indexes: { 'by-count': [number, number]; 'by-last': [number, number]; 'by-name': [string, string]; 'by-suffix': string };
  };
}

export type MemoryDb = IDBPDatabase<MemorySchema>;

/** The database's name in the extension's origin. */
export const MEMORY_DB = 'dramatis-memory';

/** Opens (creating on first use) the memory database. */
export function openMemory(name: string = MEMORY_DB): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, 1, {
    upgrade(db) {
      const articles = db.createObjectStore('articles', { keyPath: 'url' });
      articles.createIndex('by-site', 'site');
      articles.createIndex('by-read', 'readAt');
      const people = db.createObjectStore('people', { keyPath: 'key' });
      // Ascending order of these is the people page's order, so its first rows are one getAll.
      people.createIndex('by-count', 'rankCount');
      people.createIndex('by-last', 'rankRecent');
      // Namesakes by surname and first name: the candidates when an article names someone.
      people.createIndex('by-name', ['surname', 'given']);
      // multiEntry: one entry per suffix of each name word, so "contains" is a prefix range.
      people.createIndex('by-suffix', 'suffixes', { multiEntry: true });
    },
  });
}
