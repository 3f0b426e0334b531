/** The page fixtures: test/fixtures/<name>/page.html with expected.json beside it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ArticleModel } from '../../src/model/types';
import { buildModel } from '../../src/model/builder/build-model';
import { validateModel } from '../../src/model/validate-model';
import type { PageSnapshot } from './page-snapshot';
import { FIXTURES_DIR } from './paths';

export { FIXTURES_DIR };

export interface Expected {
  /** Mentions per person, by full name. */
  mentions: Record<string, number>;
  /** [quoted words, speaker's full name]. */
  quotes: [string, string][];
  sections: string[];
  /** [paragraphs found, paragraphs of the model]. */
  paragraphs: [number, number];
  /** Selectors of page parts that must stay free of annotations. */
  untouched: string[];
  /** The page renders its article with its own scripts (only real browsers run them). */
  live?: boolean;
  /** No shipped model carries this article: the model is built in the browser. Names its gold article. */
  generic?: string;
}

export interface Fixture {
  name: string;
  html: string;
  expected: Expected;
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR).sort().map((name) => ({
    name,
    html: readFileSync(path.join(FIXTURES_DIR, name, 'page.html'), 'utf8'),
    expected: JSON.parse(readFileSync(path.join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as Expected,
  }));
}

/** The model a fixture is annotated with: the shipped one, or for a generic page its gold article's. */
export function modelFor(expected: Expected): ArticleModel {
  return expected.generic ? buildModel(readFileSync(`test/gold/${expected.generic}.txt`, 'utf8')) : shippedModel();
}

export function shippedModel(): ArticleModel {
  return validateModel(JSON.parse(readFileSync(path.resolve(__dirname, '../../src/articles/seed.model.json'), 'utf8')));
}

const bare = (s: string): string => s.replace(/^[\s“”"‘’']+|[\s“”"‘’'.,;:]+$/gu, '');
const sameWords = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Asserts a page snapshot against a fixture's expectations; `original` is the page text without the extension. */
export function expectAnnotations(snap: PageSnapshot, expected: Expected, model: ArticleModel, original: string): void {
  const name = (id: string): string => model.actors.find((a) => a.id === id)?.fullName ?? `unknown actor ${id}`;
  const counts: Record<string, number> = {};
  for (const m of snap.mentions) counts[name(m.actor)] = (counts[name(m.actor)] ?? 0) + 1;
  expect(counts).toEqual(expected.mentions);
  for (const m of snap.mentions) {
    const actor = model.actors.find((a) => a.id === m.actor)!;
    expect([actor.fullName, actor.surname, ...actor.aliases]).toContain(m.text.replace(/\s+/g, ' ').replace(/\u00ad/g, ''));
  }
  const quotes = snap.quotes.map((q) => [sameWords(bare(q.text)), name(q.speaker)]).sort();
  expect(quotes).toEqual(expected.quotes.map(([t, s]) => [sameWords(t), s]).sort());
  expect(snap.leaks).toEqual([]);
  expect(snap.nested).toBe(0);
  expect(snap.text).toBe(original);
}
