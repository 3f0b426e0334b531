#!/usr/bin/env node
// Build the plain-text gazetteers in data/gazetteers/ (one lowercase entry per line,
// deduplicated, sorted by UTF-16 code unit order as JavaScript's default sort).
//
// Usage:
//   node scripts/data/build-gazetteers.mjs \
//     --ssa /path/to/ssa-baby-names          (https://github.com/hackerb9/ssa-baby-names: raw-data/yob*.txt)
//     --census1990 /path/to/name-database    (https://github.com/nullstyle/name-database: sources/census-1990/dist.all.last)
//     --cities /path/to/world-cities         (https://github.com/datasets/world-cities: data/world-cities.csv)
//     --corpora /path/to/corpora             (https://github.com/dariusk/corpora: data/humans, data/music, data/corporations)
//     [--out data/gazetteers]
//
// given-names.txt: every name in the US Social Security Administration national baby-name
//   files (yob1880.txt .. yob2020.txt), summed over years and both sexes; names whose total
//   count is at least GIVEN_MIN are kept. given-female.txt / given-male.txt: those of them given to
//   girls (boys) in at least GENDER_SHARE of the births.
// surnames.txt: the SURNAMES_TOP most frequent surnames of the US Census 1990 surname file
//   (dist.all.last, which is already in rank order).
// places.txt: city names (GeoNames cities with more than 15,000 inhabitants), their
//   countries and first-level subdivisions, from datasets/world-cities; "N/A" dropped.
// famous-people.txt: the full (or stage) names of well-known people in Darius Kazemi's corpora (CC0):
//   celebrities, British actors, scientists, the Forbes rich list, US presidents, the Rock and Roll
//   Hall of Fame's inductees (bands, "The …", left out). Evidence for a person the text gives no
//   other sign of ("Rihanna", "Marlon Brando").
// companies.txt: the names of big companies and car makers in the same corpora (Fortune 500 of
//   2014, NASDAQ 100, Dow Jones 30, car brands), without "The" and their legal suffixes ("Lockheed
//   Martin", "Raymond James Financial"): names shaped like a person's that are no one.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const GIVEN_MIN = 200;
const GENDER_SHARE = 0.95;
const SURNAMES_TOP = 50000;

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const outDir = args.out ?? 'data/gazetteers';
mkdirSync(outDir, { recursive: true });

const write = (name, set) => {
  const list = [...set].filter((s) => s.length > 0).sort();
  writeFileSync(join(outDir, name), list.join('\n') + '\n');
  console.log(join(outDir, name), list.length);
};

if (args.ssa) {
  const dir = join(args.ssa, 'raw-data');
  const totals = new Map();
  const female = new Map();
  const files = readdirSync(dir).filter((f) => /^yob\d{4}\.txt$/.test(f)).sort();
  for (const f of files) {
    for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
      if (!line) continue;
      const [name, sex, n] = line.split(',');
      totals.set(name, (totals.get(name) ?? 0) + Number(n));
      if (sex === 'F') female.set(name, (female.get(name) ?? 0) + Number(n));
    }
  }
  console.log(`SSA: ${files.length} files (${files[0]}..${files.at(-1)}), ${totals.size} distinct names`);
  const kept = [...totals].filter(([, n]) => n >= GIVEN_MIN);
  write('given-names.txt', new Set(kept.map(([name]) => name.toLowerCase())));
  // given-female.txt / given-male.txt: the kept names given to one sex at least GENDER_SHARE of the time
  // (a prior for pronouns: "Fran" is a woman's name, "Hal" a man's; "Jordan" is neither).
  const share = (name) => (female.get(name) ?? 0) / totals.get(name);
  write('given-female.txt', new Set(kept.filter(([name]) => share(name) >= GENDER_SHARE).map(([name]) => name.toLowerCase())));
  write('given-male.txt', new Set(kept.filter(([name]) => share(name) <= 1 - GENDER_SHARE).map(([name]) => name.toLowerCase())));
}

if (args.census1990) {
  const rows = readFileSync(join(args.census1990, 'sources/census-1990/dist.all.last'), 'utf8').split(/\r?\n/).filter(Boolean);
  const names = rows.map((r) => r.trim().split(/\s+/)).filter((c) => Number(c[3]) <= SURNAMES_TOP).map((c) => c[0].toLowerCase());
  write('surnames.txt', new Set(names));
}

if (args.cities) {
  const lines = readFileSync(join(args.cities, 'data/world-cities.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
  const header = parseCsvLine(lines[0]);
  const idx = (k) => header.indexOf(k);
  const set = new Set();
  for (const line of lines.slice(1)) {
    const c = parseCsvLine(line);
    for (const k of ['name', 'country', 'subcountry']) {
      const v = (c[idx(k)] ?? '').trim();
      if (v && v !== 'N/A') set.add(v.toLowerCase());
    }
  }
  write('places.txt', set);
}

if (args.corpora) {
  const read = (f) => JSON.parse(readFileSync(join(args.corpora, 'data', f), 'utf8'));
  // Each file keeps its list under its own key, beside "description".
  const list = (f) => Object.values(read(f)).find(Array.isArray);
  const people = new Set();
  const add = (name) => { const n = name.replace(/\s+/g, ' ').trim().toLowerCase(); if (n) people.add(n); };
  for (const f of ['humans/celebrities.json', 'humans/britishActors.json', 'humans/scientists.json']) list(f).forEach(add);
  list('humans/richpeople.json').forEach((x) => add(x.name));
  list('humans/us_presidents.json').forEach((x) => add(`${x.person.firstname} ${x.person.lastname}`));
  list('music/rock_hall_of_fame.json').map((x) => x.name).filter((n) => !/^The\s|&|\band\b/.test(n)).forEach(add);
  write('famous-people.txt', people);
  const companies = new Set();
  const SUFFIX = /(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Companies|Co\.|Group|Holdings?|Ltd\.?|plc|L\.?P\.?|L\.L\.L\.P\.|N\.A\.))+$/i;
  // "Raymond James Financial" is written "Raymond James" as often: a name's first two words before a
  // word of business are the company too.
  const BUSINESS = /^(?:financial|group|holdings?|international|industries|systems|technologies|laboratories|brands|resources|communications|entertainment|pharmaceuticals|foods|motors|energy|healthcare|services|partners|capital|insurance|stores|enterprises|worldwide|global)$/;
  const company = (name) => {
    const n = name.replace(/^The\s+/i, '').replace(/,?L\.L\.L\.P\.$/, '').replace(SUFFIX, '').replace(SUFFIX, '').trim().toLowerCase();
    if (!n) return;
    companies.add(n);
    const w = n.split(' ');
    if (w.length >= 3 && BUSINESS.test(w[2])) companies.add(w.slice(0, 2).join(' '));
  };
  list('corporations/fortune500.json').forEach(company);
  list('corporations/nasdaq.json').forEach((x) => company(x.name));
  list('corporations/djia.json').forEach((x) => company(x.name));
  list('corporations/cars.json').forEach(company);
  write('companies.txt', companies);
}

function parseCsvLine(line) {
  const out = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') q = false;
      else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}
