/**
 * `npm run train`: trains the name tagger from the corpora in data/corpora and the name lists in
 * data/gazetteers (sources and licences: data/README.md), and writes src/model/tagger/weights.json
 * (packed: see pack-weights.ts) and gazetteer.json. Deterministic: the same data gives the same files,
 * byte for byte. It checks that the shipped tagger tags every corpus token as the exact weights do.
 * A tenth of the documents (chosen by a hash of their names) is held out and scored, honestly:
 * the shipped weights never saw them. `--check` trains and fails if the shipped files differ.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { documentStats, featuresAt, sentenceView } from '../../src/model/tagger/features';
import { gazetteerFrom, gazetteerSets, type GazetteerData } from '../../src/model/tagger/gazetteer';
import { unpackWeights } from '../../src/model/tagger/packed-weights';
import { PerceptronTrainer, argmax, sparseScorer } from '../../src/model/tagger/perceptron';
import { spansOf, tagWords } from '../../src/model/tagger/tag-entities';
import { compareTaggers } from './compare-taggers';
import { narrowPersons, parseCorpus, type CorpusDocument } from './corpus';
import { packWeights } from './pack-weights';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const EPOCHS = 8;
const OUT = 'src/model/tagger';

/** FNV-1a: a stable hash for the held-out split and the shuffles (no Math.random anywhere). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function readList(file: string): string {
  if (!existsSync(file)) return '';
  const entries = readFileSync(file, 'utf8').split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean);
  return [...new Set(entries)].sort().join('\n');
}

const docs: CorpusDocument[] = readdirSync('data/corpora')
  .filter((f) => f.endsWith('.tsv'))
  .sort()
  .flatMap((f) => parseCorpus(readFileSync(path.join('data/corpora', f), 'utf8'), f))
  .map((d) => ({ ...d, sentences: d.sentences.map(narrowPersons) }));
const heldOut = docs.filter((d) => hash(d.name) % 10 === 0);
const train = docs.filter((d) => hash(d.name) % 10 !== 0);

/** Lowercase words the training documents use at least three times: what a capitalized "Focus" usually is. */
function commonWords(): string {
  const counts = new Map<string, number>();
  for (const d of train) for (const s of d.sentences) for (const w of s.words) if (/^\p{Ll}{3,}$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 3).map(([w]) => w).sort().join('\n');
}

const gazetteerData: GazetteerData = {
  given: readList('data/gazetteers/given-names.txt'),
  surname: readList('data/gazetteers/surnames.txt'),
  // Single words only: the tagger looks words up one at a time.
  place: readList('data/gazetteers/places.txt').split('\n').filter((p) => !p.includes(' ')).join('\n'),
  common: commonWords(),
  female: readList('data/gazetteers/given-female.txt'),
  male: readList('data/gazetteers/given-male.txt'),
  // The places of several words, for the builder ("Rio de Janeiro" is no "Rio de Janeiro" the person).
  placePhrase: readList('data/gazetteers/places.txt').split('\n').filter((p) => p.includes(' ')).join('\n'),
  // For the builder only (no feature of the tagger reads them): well-known people, big companies.
  famous: readList('data/gazetteers/famous-people.txt'),
  companies: readList('data/gazetteers/companies.txt'),
};
// Training looks names up in sets (the reference); the shipped tagger searches the sorted lists.
const gaz = gazetteerSets(gazetteerData);
for (const name of ['given', 'surname', 'place', 'common', 'female', 'male', 'placePhrase', 'famous', 'companies'] as const) {
  const words = gazetteerData[name].split('\n');
  if (words.some((w, i) => i > 0 && !(words[i - 1]! < w))) throw new Error(`gazetteer ${name} is not sorted, or repeats a word`);
}

console.log(`corpora: ${docs.length} documents (${train.length} to train, ${heldOut.length} held out), ${docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0)} tokens`);

const trainer = new PerceptronTrainer(TAGS);
const scores = new Float64Array(TAGS.length);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = [...train].sort((a, b) => hash(`${epoch}:${a.name}`) - hash(`${epoch}:${b.name}`));
  let wrong = 0;
  let total = 0;
  for (const doc of order) {
    const stats = documentStats(doc.sentences.map((s) => s.words));
    for (const s of doc.sentences) {
      const guessed: string[] = [];
      const view = sentenceView(s.words);
      s.words.forEach((_, i) => {
        const features = featuresAt(view, i, guessed[i - 1] ?? '<s>', guessed[i - 2] ?? '<s>', gaz, stats);
        trainer.score(features, scores);
        const guess = argmax(scores);
        const truth = TAGS.indexOf(s.tags[i]!);
        trainer.update(features, truth, guess);
        if (guess !== truth) wrong++;
        total++;
        guessed.push(TAGS[guess]!);
      });
    }
  }
  console.log(`epoch ${epoch + 1}: ${((1 - wrong / total) * 100).toFixed(2)}% of training tokens right`);
}
const weights = trainer.averaged();
const packed = packWeights(weights);
const shipped = { scorer: unpackWeights(packed), gaz: gazetteerFrom(gazetteerData) };
const same = compareTaggers(docs, { scorer: sparseScorer(weights), gaz }, shipped);
console.log(`shipped tagger against the exact weights and sets: ${same.differ} of ${same.tokens} corpus tokens tagged differently`);
if (same.differ) throw new Error('the packed weights or the searched lists change the tagging');

// Held-out entity scores: exact spans, per type.
const tally = new Map<string, { tp: number; fp: number; fn: number }>();
for (const doc of heldOut) {
  const stats = documentStats(doc.sentences.map((s) => s.words));
  for (const s of doc.sentences) {
    const key = (x: { type: string; from: number; to: number }): string => `${x.type}:${x.from}:${x.to}`;
    const gold = new Set(spansOf(s.tags).map(key));
    const got = new Set(spansOf(tagWords(s.words, shipped.scorer, shipped.gaz, stats).tags).map(key));
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const t = tally.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      for (const k of got) if (k.startsWith(type)) gold.has(k) ? t.tp++ : t.fp++;
      for (const k of gold) if (k.startsWith(type) && !got.has(k)) t.fn++;
      tally.set(type, t);
    }
  }
}
console.log('held out:  type   precision  recall   F1   (exact spans)');
for (const [type, t] of tally) {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  console.log(`           ${type.padEnd(6)} ${p.toFixed(3).padStart(9)} ${r.toFixed(3).padStart(7)} ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3).padStart(6)}`);
}

const files = {
  [`${OUT}/weights.json`]: `${JSON.stringify(packed)}\n`,
  [`${OUT}/gazetteer.json`]: `${JSON.stringify(gazetteerData)}\n`,
};
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([f, text]) => !existsSync(f) || readFileSync(f, 'utf8') !== text).map(([f]) => f);
  if (stale.length) {
    console.error(`train --check: ${stale.join(', ')} differ from what the data trains`);
    process.exit(1);
  }
  console.log('train --check: the shipped weights are exactly what the data trains');
} else {
  for (const [f, text] of Object.entries(files)) writeFileSync(f, text);
  console.log(`wrote ${Object.entries(files).map(([f, t]) => `${f} (${(t.length / 1024).toFixed(0)} KB)`).join(', ')}`);
}
