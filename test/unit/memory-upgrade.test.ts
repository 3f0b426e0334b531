// The memory database's upgrade from version 1 (each person carried their articles' addresses) to
// version 2 (people are summaries; their articles are found by the articles store's by-person index).
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openMemory } from '../../src/memory/db';
import { recordArticle } from '../../src/memory/record-article';
import { listPeople, personTimeline, recall, searchPeople } from '../../src/memory/store-read';

describe('memory upgrade from version 1', () => {
  it('keeps every article and person, drops the address lists and indexes the articles by person', async () => {
    const old = await openDB('upgrade-v1', 1, {
      upgrade(d) {
        const a = d.createObjectStore('articles', { keyPath: 'url' });
        a.createIndex('by-site', 'site');
        a.createIndex('by-read', 'readAt');
        const p = d.createObjectStore('people', { keyPath: 'key' });
        p.createIndex('by-count', 'rankCount');
        p.createIndex('by-last', 'rankRecent');
        p.createIndex('by-name', ['surname', 'given']);
        p.createIndex('by-suffix', 'suffixes', { multiEntry: true });
      },
    });
    const person = { key: 'maria-olsen', name: 'Maria Olsen', names: ['Maria Olsen'], roles: ['Envoy'], articles: ['https://a.example/1', 'https://a.example/2'],
      count: 2, lastSeen: 20, surname: 'olsen', given: 'maria', rankCount: [-2, -20], rankRecent: [-20, -2], suffixes: ['maria', 'olsen'] };
    const article = (n: number) => ({ url: `https://a.example/${n}`, title: `T${n}`, site: 'a.example', readAt: n * 10,
      people: [{ key: 'maria-olsen', name: 'Maria Olsen', role: 'Envoy', quotes: [] }] });
    await old.put('people', person);
    await old.put('articles', article(1));
    await old.put('articles', article(2));
    old.close();

    const db = await openMemory('upgrade-v1');
    const [listed] = await listPeople(db, 'count', 0, 10);
    expect(listed).not.toHaveProperty('articles');
    expect(listed).toMatchObject({ key: 'maria-olsen', count: 2 });
    expect((await searchPeople(db, 'OLS', 'count')).map((p) => p.key)).toEqual(['maria-olsen']);
    expect((await personTimeline(db, 'maria-olsen'))!.articles.map((a) => a.url)).toEqual(['https://a.example/2', 'https://a.example/1']);
    const keys = await recordArticle(db, { url: 'https://a.example/3', title: 'T3', site: 'a.example', people: [{ id: 'x', name: 'Maria Olsen', role: 'Envoy', quotes: [] }] }, 30);
    expect(keys.get('x')).toBe('maria-olsen');
    expect((await recall(db, 'https://a.example/3', keys)).x!.total).toBe(2);
    expect((await searchPeople(db, 'maria', 'count')).map((p) => p.count)).toEqual([3]);
  });
});
