/**
 * The memory's IndexedDB, opened through `idb`. One database for the extension's origin: the
 * background writes it for content scripts, and extension pages (the people page) read it directly.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { upgradeMemory } from './db-upgrade';
import type { PersonSummary, SearchEntry, StoredArticle } from './types';

export interface MemorySchema extends DBSchema {
  articles: { key: string; value: StoredArticle; indexes: { 'by-site': string; 'by-read': number; 'by-person': [string, number] } };
  people: {
    key: string;
    value: PersonSummary;
    indexes: { 'by-count': [number, number]; 'by-last': [number, number]; 'by-name': [string, string] };
  };
  search: { key: [number, number, string]; value: SearchEntry; indexes: { 'by-suffix': string } };
}

export type MemoryDb = IDBPDatabase<MemorySchema>;

/** A read-write transaction over every store: every change keeps people the sum of their articles. */
export type MemoryTx = IDBPTransaction<MemorySchema, ['articles', 'people', 'search'], 'readwrite'>;

/** The database's name in the extension's origin. */
export const MEMORY_DB = 'dramatis-memory';

/** Opens (creating or upgrading on first use) the memory database. */
export function openMemory(name: string = MEMORY_DB): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, 2, { upgrade: (db, oldVersion, _new, tx) => upgradeMemory(db, oldVersion, tx) });
}

/**
 * Starts a change to the memory. Relaxed durability: the browser need not flush to disk before the
 * transaction completes, which is most of a small write's cost; the price is that the last article read
 * before a power cut may be lost, as a browser's own history may be.
 */
export function writeMemory(db: MemoryDb): MemoryTx {
  return db.transaction(['articles', 'people', 'search'], 'readwrite', { durability: 'relaxed' });
}
