#!/usr/bin/env node
// Convert the GUM corpus (https://github.com/amir-zeldes/gum, CoNLL-U files in dep/)
// into the Dramatis NER training format: one `TOKEN<TAB>TAG` per line, a blank line
// after every sentence, and `#doc NAME` before each document. Tags are BIO over
// PER / ORG / LOC / MISC.
//
// Usage: node scripts/data/convert-gum.mjs /path/to/gum-checkout [out-dir]
//   (the checkout needs dep/*.conllu; out-dir defaults to data/corpora)
//
// GUM annotates every mention (named, common noun, pronoun) with an entity type in the
// MISC column (Entity=(eid-etype-infstat-salience-centering-minspan-link-identity ... eid)).
// It has no "named vs. not named" flag, so a mention counts as a NAMED entity when its
// syntactic head (the token of the span whose dependency head lies outside the span)
// is a proper noun (UPOS PROPN or XPOS NNP/NNPS). The tagged span is the run of
// proper-noun tokens around that head inside the mention (name connectors such as
// "of", "for", "and", "&", "de", "van", "-" are kept when a proper noun follows them
// inside the mention; persons only keep name particles such as "de", "van", "bin").
// So determiners, adjectives and relative clauses of the mention are left O, but
// capitalised titles that GUM tags as PROPN ("President Obama", "Professor Cres
// Eastman") stay inside the entity. Outer named mentions win over nested ones
// ("Bank of America" is one ORG). Coordinated group mentions ("Australia and New
// Zealand") are skipped; their conjuncts are separate mentions and get tagged.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const gumDir = process.argv[2];
const outDir = process.argv[3] ?? 'data/corpora';
if (!gumDir) {
  console.error('usage: node scripts/data/convert-gum.mjs /path/to/gum-checkout [out-dir]');
  process.exit(1);
}

// Genres whose text licence (GUM LICENSE.txt) is open: CC BY or CC BY-SA.
// Excluded: essay, fiction, letter, podcast, whow (CC BY-NC-SA), reddit (Reddit terms,
// text not distributed), conversation/speech/textbook/vlog and the GENTLE test genres
// (no licence stated in LICENSE.txt).
const GENRES = ['academic', 'bio', 'court', 'interview', 'news', 'voyage'];
// Court documents from the Santa Barbara Corpus of Spoken American English are skipped:
// that corpus carries its own (NoDerivs) licence, which conflicts with "CC BY" for court.
const SKIP_DOCS = new Set(['GUM_court_carpet']);

const TYPE_MAP = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  event: 'MISC',
  object: 'MISC',
  abstract: 'MISC',
  substance: 'MISC',
  plant: 'MISC',
  animal: 'MISC',
  time: 'MISC',
  // quantity: never an entity
};

const CONNECT_ALL = new Set(['of', 'for', 'and', '&', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'ben', 'y', '-', '.']);
const CONNECT_PER = new Set(['de', 'du', 'des', 'la', 'le', 'del', 'della', 'di', 'da', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'y', '-', '.']);
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/i;

const TITLES = new Set(['president', 'vice', 'prime', 'minister', 'king', 'queen', 'prince', 'princess', 'pope', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'judge', 'justice', 'chief', 'senator', 'sen', 'governor', 'gov', 'mayor', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'lieutenant', 'sergeant', 'admiral', 'secretary', 'chancellor', 'emperor', 'empress', 'saint', 'st', 'father', 'sister', 'brother', 'rev', 'reverend', 'bishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'representative', 'rep', 'congressman', 'congresswoman', 'commissioner', 'director', 'officer', 'detective', 'inspector', 'agent', 'coach', 'doctor', 'uncle', 'aunt', 'mom', 'dad', 'mother', 'grandma', 'grandpa', 'god', 'honor', 'your', 'his', 'her', 'majesty', 'highness', 'excellency', 'fellow', 'solicitor', 'attorney', 'counsel', 'counsellor', 'ambassador', 'dean', 'chairman', 'chairwoman', 'chair', 'ceo', 'lords', 'lordship', 'lordships', 'ladyship', 'honour', 'ladies', 'gentlemen', 'sheriff', 'marshal', 'deputy', 'premier', 'president-elect', 'the', 'of', '-']);
const isProper = (t) => t.upos === 'PROPN' || t.xpos === 'NNP' || t.xpos === 'NNPS';

function parseEntityField(misc) {
  const m = /(?:^|\|)Entity=([^|]*)/.exec(misc);
  if (!m) return [];
  const s = m[1];
  const ev = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === '(') {
      let j = i + 1;
      while (j < s.length && s[j] !== '(' && s[j] !== ')') j++;
      const body = s.slice(i + 1, j);
      const parts = body.split('-');
      ev.push({ kind: 'open', eid: parts[0], etype: parts[1] });
      if (s[j] === ')') {
        ev.push({ kind: 'close', eid: parts[0] });
        j++;
      }
      i = j;
    } else {
      let j = i;
      while (j < s.length && s[j] !== ')' && s[j] !== '(') j++;
      if (s[j] === ')') {
        ev.push({ kind: 'close', eid: s.slice(i, j) });
        j++;
      }
      i = j;
    }
  }
  return ev;
}

function mentionsOf(sent) {
  const open = new Map(); // eid -> stack of {start, etype}
  const out = [];
  sent.forEach((tok, idx) => {
    for (const e of parseEntityField(tok.misc)) {
      if (e.kind === 'open') {
        if (!open.has(e.eid)) open.set(e.eid, []);
        open.get(e.eid).push({ start: idx, etype: e.etype });
      } else {
        const st = open.get(e.eid);
        if (st && st.length) {
          const o = st.pop();
          out.push({ start: o.start, end: idx, etype: o.etype });
        }
      }
    }
  });
  return out;
}

function headOf(sent, m) {
  const ids = new Map(sent.map((t, k) => [t.id, k]));
  for (let k = m.start; k <= m.end; k++) {
    const hk = sent[k].head === 0 ? -1 : ids.get(sent[k].head);
    if (hk === undefined || hk < m.start || hk > m.end) return k;
  }
  return m.start;
}

function nameRun(sent, m, nested) {
  const inSpan = (k) => k >= m.start && k <= m.end;
  const ids = new Map(sent.map((t, k) => [t.id, k]));
  const heads = [];
  for (let k = m.start; k <= m.end; k++) {
    const h = sent[k].head;
    const hk = h === 0 ? -1 : ids.get(h);
    if (hk === undefined || !inSpan(hk)) heads.push(k);
  }
  if (!heads.length) return null;
  let hk = heads[0];
  if (!isProper(sent[hk])) {
    // "president Sehar Memon", "director General Suleiman al-Amr": UD attaches the name to the
    // common-noun head as flat dependents; the name starts at the first of them.
    const flat = [];
    for (let k = m.start; k <= m.end; k++) {
      if (sent[k].deprel.startsWith('flat') && ids.get(sent[k].head) === hk && isProper(sent[k])) flat.push(k);
    }
    if (!flat.length) return null;
    hk = flat[0];
  }
  // Coordinated group mention: the head has a conjunct inside the span.
  for (let k = m.start; k <= m.end; k++) {
    if (sent[k].deprel.startsWith('conj') && ids.get(sent[k].head) === hk) return null;
  }
  const conn = m.etype === 'person' ? CONNECT_PER : CONNECT_ALL;
  const ok = (k) => inSpan(k) && isProper(sent[k]);
  const okConn = (k) => inSpan(k) && conn.has(sent[k].form.toLowerCase());
  let a = hk;
  let b = hk;
  for (;;) {
    if (ok(a - 1)) a--;
    else if (okConn(a - 1) && ok(a - 2)) a -= 2;
    else if (okConn(a - 1) && okConn(a - 2) && ok(a - 3)) a -= 3; // "of the"
    else break;
  }
  for (;;) {
    if (ok(b + 1)) b++;
    else if (inSpan(b + 1) && sent[b + 1].upos === 'NUM' && m.etype !== 'time') b++;
    else if (okConn(b + 1) && ok(b + 2)) b += 2;
    else if (okConn(b + 1) && okConn(b + 2) && ok(b + 3)) b += 3;
    else break;
  }
  if (m.etype === 'person') {
    // "U.S. President Donald Trump", "Ambassador to the United States Hamdullah Mohib":
    // the person name starts after the last nested place/organisation mention before the head.
    for (const n of nested) {
      if (n.end >= a && n.end < hk && (n.etype === 'place' || n.etype === 'organization')) {
        a = n.end + 1;
        while (a < hk && conn.has(sent[a].form.toLowerCase())) a++;
      }
    }
    // A run of titles alone ("the President", "Mr.") is not a name.
    let name = false;
    for (let k = a; k <= b; k++) if (!TITLES.has(sent[k].form.toLowerCase().replace(/\.$/, ''))) name = true;
    if (!name) return null;
  }
  return [a, b];
}

function labelSentence(sent) {
  const tags = sent.map(() => 'O');
  const ms = mentionsOf(sent).sort((x, y) => (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  for (const m of ms) {
    let type = TYPE_MAP[m.etype];
    if (!type) continue;
    const nested = ms.filter((n) => n !== m && n.start >= m.start && n.end <= m.end);
    const run = nameRun(sent, m, nested);
    if (!run) continue;
    const [a, b] = run;
    // Plural proper-noun person mentions are groups ("Muslims", "Democrats"): MISC, as in CoNLL.
    if (type === 'PER' && sent[headOf(sent, m)].xpos === 'NNPS') type = 'MISC';
    if (m.etype === 'time') {
      // Dates are not names: keep a time mention only if it has a capitalised word that is
      // not a month or weekday (e.g. "Christmas", "Ramadan", "Middle Ages").
      let named = false;
      for (let k = a; k <= b; k++) if (/^\p{Lu}/u.test(sent[k].form) && !CALENDAR.test(sent[k].form)) named = true;
      if (!named) continue;
    }
    let free = true;
    for (let k = a; k <= b; k++) if (tags[k] !== 'O') free = false;
    if (!free) continue;
    for (let k = a; k <= b; k++) tags[k] = (k === a ? 'B-' : 'I-') + type;
  }
  return tags;
}

function readConllu(path) {
  const docs = [];
  let doc = null;
  let sent = [];
  const flush = () => {
    if (sent.length && doc) doc.sents.push(sent);
    sent = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      flush();
      doc = { id: line.split('=')[1].trim(), sents: [] };
      docs.push(doc);
    } else if (line.startsWith('#')) {
      continue;
    } else if (line.trim() === '') {
      flush();
    } else {
      const c = line.split('\t');
      if (!/^\d+$/.test(c[0])) continue; // multiword token ranges and empty nodes
      sent.push({ id: Number(c[0]), form: c[1], upos: c[3], xpos: c[4], head: Number(c[6]), deprel: c[7], misc: c[9] ?? '_' });
    }
  }
  flush();
  return docs;
}

mkdirSync(outDir, { recursive: true });
const files = readdirSync(join(gumDir, 'dep')).filter((f) => f.endsWith('.conllu')).sort();
for (const genre of GENRES) {
  const lines = [];
  const stats = { docs: 0, sents: 0, tokens: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  for (const f of files.filter((f) => f.startsWith(`GUM_${genre}_`))) {
    for (const doc of readConllu(join(gumDir, 'dep', f))) {
      if (SKIP_DOCS.has(doc.id)) continue;
      stats.docs++;
      lines.push(`#doc ${doc.id}`);
      for (const sent of doc.sents) {
        const tags = labelSentence(sent);
        sent.forEach((t, k) => {
          lines.push(`${t.form}\t${tags[k]}`);
          if (tags[k].startsWith('B-')) stats[tags[k].slice(2)]++;
        });
        lines.push('');
        stats.sents++;
        stats.tokens += sent.length;
      }
    }
  }
  const out = join(outDir, `gum-${genre}.tsv`);
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(out, JSON.stringify(stats));
}
