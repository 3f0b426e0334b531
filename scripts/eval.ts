/**
 * `npm run eval`: runs the model builder over the gold set (test/gold/*.gold.json, each beside its
 * article, and the seed article) and prints, per article and overall, precision and recall of
 * people, accuracy of roles and of mention counts, and precision and recall of quote attribution.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { addTallies, figures, scoreModel, type Gold, type Tally } from '../src/eval/score-model';
import { buildModel } from '../src/model/builder/build-model';

const DIR = 'test/gold';
const TARGETS = { peoplePrecision: 0.97, peopleRecall: 0.95, roleAccuracy: 0.9, mentionCountAccuracy: 0, quotePrecision: 0.95, quoteRecall: 0.9 };
const pct = (x: number): string => x.toFixed(2).padStart(6);

let total: Tally | null = null;
console.log(`${'article'.padEnd(18)} ${'ppl P'.padStart(6)} ${'ppl R'.padStart(6)} ${'roles'.padStart(6)} ${'counts'.padStart(6)} ${'quo P'.padStart(6)} ${'quo R'.padStart(6)}`);
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).sort()) {
  const name = file.replace('.gold.json', '');
  const gold = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Gold;
  const text = readFileSync(gold.source ?? path.join(DIR, `${name}.txt`), 'utf8');
  const t = scoreModel(buildModel(text), gold);
  total = total ? addTallies(total, t) : t;
  const f = figures(t);
  console.log(`${name.padEnd(18)} ${pct(f.peoplePrecision)} ${pct(f.peopleRecall)} ${pct(f.roleAccuracy)} ${pct(f.mentionCountAccuracy)} ${pct(f.quotePrecision)} ${pct(f.quoteRecall)}`);
}
const f = figures(total!);
console.log(`${'overall'.padEnd(18)} ${pct(f.peoplePrecision)} ${pct(f.peopleRecall)} ${pct(f.roleAccuracy)} ${pct(f.mentionCountAccuracy)} ${pct(f.quotePrecision)} ${pct(f.quoteRecall)}`);
console.log(`${'target'.padEnd(18)} ${pct(TARGETS.peoplePrecision)} ${pct(TARGETS.peopleRecall)} ${pct(TARGETS.roleAccuracy)} ${'     -'} ${pct(TARGETS.quotePrecision)} ${pct(TARGETS.quoteRecall)}`);
const missed = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).filter((k) => f[k] < TARGETS[k]);
console.log(missed.length ? `below target: ${missed.join(', ')}` : 'all targets met');
