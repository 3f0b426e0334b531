#!/usr/bin/env node
// Convert Universal NER (UNER v1) English .iob2 files to the Dramatis NER training format.
// Sources: https://github.com/UniversalNER/UNER_English-EWT (en_ewt-ud-dev.iob2, en_ewt-ud-test.iob2)
//          https://github.com/UniversalNER/UNER_English-PUD (en_pud-ud-test.iob2)
// The .iob2 files have "# newdoc id = ..." / "# sent_id" / "# text" comments and rows
// "ID<TAB>TOKEN<TAB>TAG<TAB>-<TAB>ANNOTATOR"; tags are BIO over PER, ORG, LOC (UNER has no MISC:
// miscellaneous names are O in these files).
//
// Usage: node scripts/data/convert-uner.mjs OUT.tsv IN1.iob2 [IN2.iob2 ...]
// An I- tag that does not continue an entity of the same type is turned into B-.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const [out, ...inputs] = process.argv.slice(2);
if (!out || !inputs.length) {
  console.error('usage: node scripts/data/convert-uner.mjs OUT.tsv IN1.iob2 [IN2.iob2 ...]');
  process.exit(1);
}

const stats = { docs: 0, sents: 0, tokens: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
const lines = [];
for (const file of inputs) {
  let sent = [];
  let pendingDoc = null;
  const flush = () => {
    if (!sent.length) return;
    if (pendingDoc) {
      lines.push(`#doc ${pendingDoc}`);
      stats.docs++;
      pendingDoc = null;
    }
    let prev = 'O';
    for (const [tok, tag] of sent) {
      let t = tag;
      if (t.startsWith('I-') && prev.slice(2) !== t.slice(2)) t = 'B-' + t.slice(2);
      if (t.startsWith('B-')) stats[t.slice(2)]++;
      lines.push(`${tok}\t${t}`);
      prev = t;
    }
    lines.push('');
    stats.sents++;
    stats.tokens += sent.length;
    sent = [];
  };
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# newdoc id')) {
      flush();
      pendingDoc = line.split('=').slice(1).join('=').trim();
    } else if (line.startsWith('#')) {
      continue;
    } else if (line.trim() === '') {
      flush();
    } else {
      const c = line.split('\t');
      if (!/^\d+$/.test(c[0])) continue;
      if (!/^(O|[BI]-(PER|ORG|LOC))$/.test(c[2])) throw new Error(`unexpected tag in ${file}: ${line}`);
      sent.push([c[1], c[2]]);
    }
  }
  flush();
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
console.log(out, JSON.stringify(stats));
