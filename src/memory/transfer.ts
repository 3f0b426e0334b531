/** Export and import of the whole memory. */
import { writeMemory, type MemoryDb } from './db';
import { parseExport, toExport, type MemoryExport } from './export-format';
import { fromStored, toStored } from './article-index';
import { appearancesByKey, derivePerson } from './person-record';
import { writePerson } from './person-write';

/** Everything remembered, as the export file's object. */
export async function exportMemory(db: MemoryDb, now: Date = new Date()): Promise<MemoryExport> {
  return toExport((await db.getAll('articles')).map(fromStored), now);
}

/**
 * Replaces the memory with an export file's content. The whole file is checked first and written in
 * one transaction: a bad or foreign file throws (saying why) and changes nothing. Returns the counts.
 */
export async function importMemory(db: MemoryDb, text: string): Promise<{ articles: number; people: number }> {
  const { articles } = parseExport(text);
  const seen = appearancesByKey(articles);
  const tx = writeMemory(db);
  const writes: Promise<unknown>[] = [tx.objectStore('articles').clear(), tx.objectStore('people').clear(), tx.objectStore('search').clear()];
  for (const a of articles) writes.push(tx.objectStore('articles').put(toStored(a)));
  for (const [key, list] of seen) writes.push(writePerson(tx, key, undefined, derivePerson(key, list)));
  await Promise.all([...writes, tx.done]);
  return { articles: articles.length, people: seen.size };
}
