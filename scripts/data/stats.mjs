#!/usr/bin/env node
// Print documents, sentences, tokens and entity counts (by type) of the corpus files,
// and check the format (TOKEN<TAB>TAG lines, valid BIO transitions).
// Usage: node scripts/data/stats.mjs [data/corpora/*.tsv]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

let files = process.argv.slice(2);
if (!files.length) files = readdirSync('data/corpora').filter((f) => f.endsWith('.tsv')).sort().map((f) => join('data/corpora', f));
const TAG = /^(O|[BI]-(PER|ORG|LOC|MISC))$/;
let totalBytes = 0;
console.log('| file | docs | sentences | tokens | PER | ORG | LOC | MISC | MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const f of files) {
  const s = { docs: 0, sents: 0, tokens: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  let inSent = false;
  let prev = 'O';
  readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
    if (line.startsWith('#doc ')) { s.docs++; return; }
    if (line === '') {
      if (inSent) s.sents++;
      inSent = false;
      prev = 'O';
      return;
    }
    const c = line.split('\t');
    if (c.length !== 2 || !c[0] || !TAG.test(c[1])) throw new Error(`${f}:${i + 1}: bad line ${JSON.stringify(line)}`);
    if (c[1].startsWith('I-') && prev.slice(2) !== c[1].slice(2)) throw new Error(`${f}:${i + 1}: I- without B-`);
    if (c[1].startsWith('B-')) s[c[1].slice(2)]++;
    s.tokens++;
    inSent = true;
    prev = c[1];
  });
  if (inSent) s.sents++;
  const bytes = statSync(f).size;
  totalBytes += bytes;
  console.log(`| ${f} | ${s.docs} | ${s.sents} | ${s.tokens} | ${s.PER} | ${s.ORG} | ${s.LOC} | ${s.MISC} | ${(bytes / 1e6).toFixed(2)} |`);
}
console.log(`\ntotal: ${(totalBytes / 1e6).toFixed(2)} MB`);
