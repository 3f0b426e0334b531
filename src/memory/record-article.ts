/**
 * Recording an article read: who of the remembered people each of its people is (the same-person
 * rule over namesakes found by index), then one read-write transaction whose reads are all asked at
 * once and whose writes are small: each person's summary and the article, never a list of articles.
 */
import { personRange } from './article-index';
import { writeMemory, type MemoryDb, type MemoryTx } from './db';
import { nameTokens } from './names';
import { addAppearance } from './person-record';
import { writePerson } from './person-write';
import { assignPeople, namesCompatible, type Candidate } from './same-person';
import { dropArticles, freshKeys, putArticle, takenKeys } from './store-change';
import type { ArticleInput, PersonInput, PersonSummary } from './types';

/**
 * Remembered people who may be the one this name names: the same surname, and a first name with the
 * same initial, or none (a surname alone may be anyone of that surname).
 */
async function namesakes(tx: MemoryTx, name: string): Promise<PersonSummary[]> {
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

/**
 * The same-person rule, reading candidates' articles only when it can use them. Its first pass needs
 * names and roles alone; its second (shared articles tell a change of role from a namesake) can only
 * place someone left unplaced whose name fits a namesake not taken. Otherwise the answer is the same
 * without the articles, and a well-known person's thousands of addresses are not read at all.
 */
async function assign(tx: MemoryTx, people: readonly PersonInput[], found: ReadonlyMap<string, PersonSummary[]>): Promise<Map<string, string | null>> {
  const withArticles = (lists: ReadonlyMap<string, string[]>): Map<string, Candidate[]> =>
    new Map([...found].map(([id, cs]) => [id, cs.map((c) => ({ ...c, articles: lists.get(c.key) ?? [] }))]));
  const first = assignPeople(people, withArticles(new Map()));
  const taken = new Set(first.values());
  const open = (p: PersonInput): boolean => first.get(p.id) === null && found.get(p.id)!.some((c) => !taken.has(c.key) && namesCompatible(p.name, c.name));
  if (!people.some(open)) return first;
  const index = tx.objectStore('articles').index('by-person');
  const keys = [...new Set([...found.values()].flat().map((c) => c.key))];
  const lists = await Promise.all(keys.map(async (k) => [k, await index.getAllKeys(personRange(k))] as const));
  return assignPeople(people, withArticles(new Map(lists)));
}

/**
 * Records an article read at `now` (reading it again replaces the earlier record) and returns the
 * remembered person's key for each of its people, by the article's actor id.
 */
export async function recordArticle(db: MemoryDb, input: ArticleInput, now: number): Promise<Map<string, string>> {
  const tx = writeMemory(db);
  // Every read is asked at once, the keys a newcomer could take among them: one round trip, not one per person.
  const names = input.people.map((p) => p.name);
  const lookup = (): Promise<[PersonSummary[][], Set<string>]> => Promise.all([Promise.all(names.map((n) => namesakes(tx, n))), takenKeys(tx, names)]);
  let [again, [candidates, taken]] = await Promise.all([tx.objectStore('articles').getKey(input.url), lookup()]);
  if (again !== undefined) {
    await dropArticles(tx, [input.url]);
    [candidates, taken] = await lookup();
  }
  const found = new Map(input.people.map((p, i) => [p.id, candidates[i]!]));
  const assigned = await assign(tx, input.people, found);
  const fresh = freshKeys(input.people.filter((p) => !assigned.get(p.id)).map((p) => p.name), taken);
  const keys = new Map(input.people.map((p) => [p.id, assigned.get(p.id) ?? fresh.shift()!]));
  // Writes are queued without waiting for each: the transaction completes once all are done.
  const writes: Promise<unknown>[] = input.people.map((p) => {
    const key = keys.get(p.id)!;
    const before = found.get(p.id)!.find((c) => c.key === key);
    return writePerson(tx, key, before, addAppearance(key, before, { url: input.url, readAt: now, name: p.name, role: p.role }));
  });
  writes.push(putArticle(tx, {
    url: input.url, title: input.title, site: input.site, readAt: now,
    people: input.people.map((p) => ({ key: keys.get(p.id)!, name: p.name, role: p.role, quotes: p.quotes })),
  }));
  await Promise.all([...writes, tx.done]);
  return keys;
}
