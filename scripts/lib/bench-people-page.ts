/**
 * Bundled into the people page by `scripts/bench-people.ts`: fills the memory with generated articles
 * and people (through the import, one transaction) and times recording one more article.
 */
import { openMemory } from '../../src/memory/db';
import { recordArticle } from '../../src/memory/record-article';
import { importMemory } from '../../src/memory/transfer';
import type { ArticleInput, ArticleRecord } from '../../src/memory/types';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vel', 'an', 'bri', 'dus', 'el', 'fin', 'gar', 'hol', 'is', 'jun'];
/** The i-th generated name, all different: "Kalo Renvelsa". */
function name(i: number): string {
  const word = (n: number, len: number): string => {
    let s = '';
    for (let k = 0; k < len; k++, n = Math.floor(n / SYLLABLES.length)) s += SYLLABLES[n % SYLLABLES.length];
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return `${word(i % 256, 2)} ${word(Math.floor(i / 256) + 7, 3)}`;
}
const slug = (s: string): string => s.toLowerCase().replace(/ /g, '-');

/** A seeded generator, so each run fills the same memory. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Fills the memory with `articles` articles naming `people` people in all (10 each: 5 first met there). Returns ms. */
async function fill(articles: number, people: number): Promise<number> {
  const rnd = random(7);
  const perArticle = Math.ceil(people / articles);
  const list: ArticleRecord[] = [];
  for (let j = 0; j < articles; j++) {
    const keys = new Set<number>();
    for (let k = 0; k < perArticle && j * perArticle + k < people; k++) keys.add(j * perArticle + k);
    // Old acquaintances, the well-known more often: a skewed pick among those met before.
    while (keys.size < 10 && j > 0) keys.add(Math.floor(Math.pow(rnd(), 3) * j * perArticle));
    list.push({ url: `https://news${j % 40}.example/${j}`, title: `Generated article ${j}`, site: `news${j % 40}.example`, readAt: Date.now() - (articles - j) * 60_000,
      people: [...keys].map((i) => ({ key: slug(name(i)), name: name(i), role: rnd() < 0.5 ? 'Minister' : null, quotes: rnd() < 0.3 ? ['A generated quote.'] : [] })) });
  }
  const text = JSON.stringify({ format: 'dramatis-memory', version: 1, exportedAt: '', articles: list });
  const t = performance.now();
  await importMemory(await openMemory(), text);
  return performance.now() - t;
}

let n = 0;
/** Records one new article of 10 people (5 remembered, 5 new); returns ms. */
async function recordOne(): Promise<number> {
  const db = await openMemory();
  const people = Array.from({ length: 10 }, (_, k) => {
    const who = k < 5 ? name(1000 * k + n) : `Newcomer${n} Person${k}`;
    return { id: `a${k}`, name: who, role: 'Minister', quotes: ['Something said.'] };
  });
  const input: ArticleInput = { url: `https://bench.example/${++n}`, title: `Bench ${n}`, site: 'bench.example', people };
  const t = performance.now();
  await recordArticle(db, input, Date.now());
  return performance.now() - t;
}

(globalThis as unknown as { PeopleBench: unknown }).PeopleBench = { fill, recordOne, name };
