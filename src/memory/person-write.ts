/**
 * Writing one person: their summary in the people store and their entry in the search store, kept in
 * step. The search entry's key holds the rank, so it moves whenever the count or the last reading
 * changes: the old one is deleted, which is why the summary from before is needed.
 */
import type { MemoryTx } from './db';
import { foldName, nameSuffixes } from './names';
import type { PersonSummary, SearchEntry } from './types';

/** A person's search entry. */
export function searchEntry(p: PersonSummary): SearchEntry {
  return { rank: [p.rankCount[0], p.rankCount[1], p.key], suffixes: nameSuffixes(p.names), names: p.names.map(foldName) };
}

/** Replaces `before` (if any) with `after`; `after` undefined forgets the person `key`. */
export function writePerson(tx: MemoryTx, key: string, before: PersonSummary | undefined, after: PersonSummary | undefined): Promise<unknown> {
  const writes: Promise<unknown>[] = [];
  if (before) writes.push(tx.objectStore('search').delete(searchEntry(before).rank));
  if (after) writes.push(tx.objectStore('people').put(after), tx.objectStore('search').put(searchEntry(after)));
  else writes.push(tx.objectStore('people').delete(key));
  return Promise.all(writes);
}
