#!/usr/bin/env node
// Builds src/model/builder/nicknames.json, the given names and their nicknames ("joshua josh jos joe")
// that let the builder take "Josh Apte" and "Joshua Apte" for one person.
//
// Usage:
//   node scripts/data/build-nicknames.mjs --nicknames /path/to/nicknames
//     (https://github.com/carltonnorthern/nicknames, Apache-2.0: names.csv, rows `name,has_nickname,nickname`)
//
// One line per name: the name, then its nicknames, lowercase, space-separated, both sorted by UTF-16
// code unit order, so the same CSV always gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
if (!args.nicknames) throw new Error('usage: build-nicknames.mjs --nicknames /path/to/nicknames');
const rows = readFileSync(join(args.nicknames, 'names.csv'), 'utf8').split(/\r?\n/).filter(Boolean).slice(1);
const byName = new Map();
for (const row of rows) {
  const [name, relation, nickname] = row.split(',').map((c) => c.trim().toLowerCase());
  if (relation !== 'has_nickname' || !name || !nickname || name === nickname || !/^[a-z'-]+$/.test(name + nickname)) continue;
  byName.set(name, new Set([...(byName.get(name) ?? []), nickname]));
}
const lines = [...byName].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, nicks]) => [name, ...[...nicks].sort()].join(' '));
const out = {
  source: 'https://github.com/carltonnorthern/nicknames (names.csv), Apache-2.0; built by scripts/data/build-nicknames.mjs',
  names: lines,
};
writeFileSync('src/model/builder/nicknames.json', `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
console.log('src/model/builder/nicknames.json', lines.length, 'names');
