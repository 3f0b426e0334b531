// The memory's store over IndexedDB (fake-indexeddb here; the e2e tests use the browsers' own):
// recording, recall, search, forgetting, merge and split, retention, export and import.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openMemory, type MemoryDb } from '../../src/memory/db';
import { countPeople, listPeople, personTimeline, recall, searchPeople } from '../../src/memory/store-read';
import { recordArticle } from '../../src/memory/record-article';
import { forgetAll, forgetArticle, forgetOlderThan, forgetPerson, forgetSite, mergePeople, splitPerson } from '../../src/memory/store-write';
import { exportMemory, importMemory } from '../../src/memory/transfer';
import type { ArticleInput } from '../../src/memory/types';

const DAY = 86_400_000;
const p = (id: string, name: string, role: string | null = null, quotes: string[] = []) => ({ id, name, role, quotes });
const A: ArticleInput = { url: 'https://one.example/a', title: 'Envoy in Geneva', site: 'one.example',
  people: [p('maria-olsen', 'Maria Olsen', 'Special Envoy', ['Nobody leaves']), p('tomas-berg', 'Tomas Berg', 'Foreign Minister')] };
const B: ArticleInput = { url: 'https://two.example/b', title: 'Trade mission', site: 'two.example',
  people: [p('maria-olsen', 'Maria Olsen', 'Trade Commissioner'), p('tomas-berg', 'Tomas Berg', 'Foreign Minister')] };
const C: ArticleInput = { url: 'https://one.example/c', title: 'Fishing quotas', site: 'one.example',
  people: [p('olsen', 'Olsen'), p('lena-holm', 'Lena Holm', 'Fisheries Minister'), p('john-smith', 'John Smith', 'chef')] };
const D: ArticleInput = { url: 'https://two.example/d', title: 'Senate vote', site: 'two.example', people: [p('john-smith', 'John Smith', 'Senator')] };

let db: MemoryDb;
let n = 0;
beforeEach(async () => {
  db = await openMemory(`test-${n++}`);
});

async function readAll(): Promise<Map<string, string>> {
  await recordArticle(db, A, 1 * DAY);
  await recordArticle(db, B, 2 * DAY);
  await recordArticle(db, C, 3 * DAY);
  return recordArticle(db, D, 4 * DAY);
}

describe('memory store', () => {
  it('finds one person across articles, and keeps namesakes apart', async () => {
    await readAll();
    const people = await listPeople(db, 'count', 0, 10);
    expect(people.slice(0, 2).map((x) => x.key)).toEqual(['maria-olsen', 'tomas-berg']);
    expect(Object.fromEntries(people.map((x) => [x.key, x.count]))).toEqual({ 'maria-olsen': 3, 'tomas-berg': 2, 'lena-holm': 1, 'john-smith': 1, 'john-smith-2': 1 });
    expect(people.find((x) => x.key === 'maria-olsen')!.roles).toEqual(['Special Envoy', 'Trade Commissioner']);
    expect((await listPeople(db, 'recent', 0, 1))[0]!.key).toBe('john-smith-2');
    expect((await listPeople(db, 'count', 1, 1))[0]!.key).toBe('tomas-berg');
  });

  it('recalls the other articles, most recent first, with the role given in each', async () => {
    await readAll();
    const again = await recordArticle(db, C, 5 * DAY);
    const r = await recall(db, C.url, again);
    expect(r.olsen).toEqual({ key: 'maria-olsen', total: 2, recent: [
      { url: B.url, title: 'Trade mission', site: 'two.example', readAt: 2 * DAY, role: 'Trade Commissioner' },
      { url: A.url, title: 'Envoy in Geneva', site: 'one.example', readAt: DAY, role: 'Special Envoy' }] });
    expect(r['lena-holm']).toBeUndefined();
  });

  it.each([
    ['olsen', ['maria-olsen']],
    ['LSE', ['maria-olsen']],
    ['maria ols', ['maria-olsen']],
    ['smith', ['john-smith', 'john-smith-2']],
    ['nobody', []],
    ['  ', []],
  ])('search %j', async (q, keys) => {
    await readAll();
    expect((await searchPeople(db, q, 'count')).map((x) => x.key).sort()).toEqual(keys);
  });

  it.each<[string, (db: MemoryDb) => Promise<unknown>, number, string[]]>([
    ['an article', (d) => forgetArticle(d, A.url), 3, ['maria-olsen:2', 'tomas-berg:1']],
    ['a site', (d) => forgetSite(d, 'one.example'), 2, ['maria-olsen:1', 'tomas-berg:1']],
    ['a person', (d) => forgetPerson(d, 'maria-olsen'), 4, ['tomas-berg:2']],
    ['everything', (d) => forgetAll(d), 0, []],
    ['what is older than 2 days on day 4', (d) => forgetOlderThan(d, 2, 4.5 * DAY), 2, ['maria-olsen:1']],
    ['nothing, kept forever', (d) => forgetOlderThan(d, 0, 400 * DAY), 4, ['maria-olsen:3', 'tomas-berg:2']],
  ])('forgets %s', async (_, forget, articles, olsenBerg) => {
    await readAll();
    await forget(db);
    expect(await db.count('articles')).toBe(articles);
    const people = await listPeople(db, 'count', 0, 100);
    expect(people.filter((x) => /olsen|berg/.test(x.key)).map((x) => `${x.key}:${x.count}`).sort()).toEqual(olsenBerg);
    // No person outlives their articles, and no article names a forgotten person.
    for (const person of people) expect((await personTimeline(db, person.key))!.articles).toHaveLength(person.count);
    for (const a of await db.getAll('articles')) for (const x of a.people) expect(await db.get('people', x.key)).toBeDefined();
  });

  it('merges and splits as the reader says', async () => {
    await readAll();
    await mergePeople(db, 'john-smith', ['john-smith-2']);
    expect((await personTimeline(db, 'john-smith'))!.articles.map((a) => a.url)).toEqual([D.url, C.url]);
    expect(await db.get('people', 'john-smith-2')).toBeUndefined();
    const fresh = await splitPerson(db, 'john-smith', [D.url]);
    expect((await personTimeline(db, fresh))!.articles.map((a) => a.url)).toEqual([D.url]);
    expect((await personTimeline(db, 'john-smith'))!.person.count).toBe(1);
  });

  it('reading an article again replaces its record', async () => {
    await readAll();
    await recordArticle(db, { ...A, people: [p('maria-olsen', 'Maria Olsen', 'Special Envoy')] }, 6 * DAY);
    expect((await db.get('people', 'tomas-berg'))!.count).toBe(1);
    expect(await db.count('articles')).toBe(4);
  });

  it('exports everything and imports it back exactly', async () => {
    await readAll();
    await recordArticle(db, { url: 'https://ru.example/e', title: 'Саммит', site: 'ru.example', people: [p('x', 'Владимир Путин', 'президент')] }, 5 * DAY);
    await mergePeople(db, 'john-smith', ['john-smith-2']);
    const file = JSON.stringify(await exportMemory(db, new Date(0)));
    const before = { articles: await db.getAll('articles'), people: await db.getAll('people') };
    await forgetAll(db);
    expect(await importMemory(db, file)).toEqual({ articles: 5, people: 5 });
    expect({ articles: await db.getAll('articles'), people: await db.getAll('people') }).toEqual(before);
  });

  it.each([
    ['not JSON', '{', /not a JSON file/],
    ['a foreign file', '{"hello": 1}', /not a Dramatis memory export/],
    ['another version', '{"format": "dramatis-memory", "version": 9, "articles": []}', /version 9/],
    ['a bad article deep inside', JSON.stringify({ format: 'dramatis-memory', version: 1, articles: [
      { url: 'https://x.example/', title: 't', site: 'x', readAt: 1, people: [] },
      { url: 'https://y.example/', title: 't', site: 'y', readAt: 1, people: [{ key: 'Bad Key', name: 'A', role: null, quotes: [] }] }] }),
    /articles\[1\]\.people\[0\]\.key/],
    ['the same address twice', JSON.stringify({ format: 'dramatis-memory', version: 1, articles: [
      { url: 'https://x.example/', title: 't', site: 'x', readAt: 1, people: [] },
      { url: 'https://x.example/', title: 't', site: 'x', readAt: 2, people: [] }] }), /appears twice/],
    ['a missing time', JSON.stringify({ format: 'dramatis-memory', version: 1, articles: [{ url: 'https://x.example/', title: 't', site: 'x', people: [] }] }),
      /articles\[0\]\.readAt/],
  ])('refuses %s, saying why, and changes nothing', async (_, text, error) => {
    await readAll();
    await expect(importMemory(db, text)).rejects.toThrow(error);
    expect(await db.count('articles')).toBe(4);
    expect(await countPeople(db)).toBe(5);
  });
});

describe('recall of syndicated copies', () => {
  it('leaves out copies of the article read (same title elsewhere) and keeps the latest of other copies', async () => {
    const copy = (url: string, title: string): ArticleInput => ({ ...A, url, title });
    await recordArticle(db, copy('https://one.example/x', 'Same story'), DAY);
    await recordArticle(db, copy('https://two.example/x', 'Same story'), 2 * DAY);
    await recordArticle(db, copy('https://one.example/y', 'Other story'), 3 * DAY);
    await recordArticle(db, copy('https://two.example/y', 'Other story'), 4 * DAY);
    const keys = await recordArticle(db, copy('https://three.example/x', 'Same story'), 5 * DAY);
    const r = await recall(db, 'https://three.example/x', keys);
    expect(r['maria-olsen']!.total).toBe(1);
    expect(r['maria-olsen']!.recent.map((x) => x.url)).toEqual(['https://two.example/y']);
  });
});
