#!/usr/bin/env node
// Builds src/model/builder/occupations.json: one-word occupations ("bartender", "chiropractor",
// "surveyor") that say what a person is when they stand before a name or in an apposition, beside the
// builder's own role nouns (lexicon.ts).
//
// Usage:
//   node scripts/data/build-occupations.mjs --corpora /path/to/corpora
//     (https://github.com/dariusk/corpora, CC0: data/humans/occupations.json)
//
// Kept: single lowercase words that are no given name or surname in data/gazetteers (a "Baker" or a
// "Hunter" is a name first), less the words below that name tools or firms as often as people.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
if (!args.corpora) throw new Error('usage: build-occupations.mjs --corpora /path/to/corpora');
const NOT_PEOPLE = new Set(['buyer', 'checker', 'cleaner', 'developer', 'escort', 'movers', 'orderly', 'sampler', 'scaler', 'shaper', 'sorter', 'taper', 'blaster']);
const list = (f) => new Set(readFileSync(f, 'utf8').split('\n').filter(Boolean));
const names = new Set([...list('data/gazetteers/given-names.txt'), ...list('data/gazetteers/surnames.txt')]);
const occupations = JSON.parse(readFileSync(join(args.corpora, 'data/humans/occupations.json'), 'utf8')).occupations;
const words = [...new Set(occupations.map((o) => o.trim().toLowerCase()))]
  .filter((w) => /^[a-z]+$/.test(w) && !names.has(w) && !NOT_PEOPLE.has(w)).sort();
const out = { source: 'https://github.com/dariusk/corpora (data/humans/occupations.json), CC0; built by scripts/data/build-occupations.mjs', words };
writeFileSync('src/model/builder/occupations.json', `${JSON.stringify(out)}\n`);
console.log('src/model/builder/occupations.json', words.length, 'words');
