// The builder on the gold set meets the targets `npm run eval` prints (a guard against regressions).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTallies, figures, scoreModel, type Gold, type Tally } from '../../src/eval/score-model';
import { buildModel } from '../../src/model/builder/build-model';

const DIR = 'test/gold';
const golds = readdirSync(DIR).filter((f) => f.endsWith('.gold.json')).map((file) => {
  const gold = JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Gold;
  return { name: file.replace('.gold.json', ''), gold, text: readFileSync(gold.source ?? path.join(DIR, file.replace('.gold.json', '.txt')), 'utf8') };
});

describe('gold set', () => {
  it('has at least nine articles of 400 words or more, the seed among them', () => {
    expect(golds.length).toBeGreaterThanOrEqual(9);
    expect(golds.map((g) => g.gold.source)).toContain('../shared/seed/article.txt');
    for (const g of golds) expect(g.text.split(/\s+/).length, g.name).toBeGreaterThanOrEqual(400);
  });

  it('meets the targets overall', () => {
    const total = golds.map((g) => scoreModel(buildModel(g.text), g.gold)).reduce((a: Tally, b) => addTallies(a, b));
    const f = figures(total);
    expect(f.peoplePrecision).toBeGreaterThanOrEqual(0.97);
    expect(f.peopleRecall).toBeGreaterThanOrEqual(0.95);
    expect(f.roleAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(f.quotePrecision).toBeGreaterThanOrEqual(0.95);
    expect(f.quoteRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('scores a model against a reading', () => {
    const model = buildModel('T\nK\n\nT\n\nMayor Ann Lee spoke. “We won,” Lee said. Rep. Bo Ray left.');
    const t = scoreModel(model, { people: [{ name: 'Ann Lee', role: 'Mayor', mentions: 2 }, { name: 'Cy Dunn', role: null, mentions: 1 }], quotes: [{ text: 'We won', speaker: 'Ann Lee' }] });
    expect(figures(t)).toEqual({ peoplePrecision: 0.5, peopleRecall: 0.5, roleAccuracy: 1, mentionCountAccuracy: 1, quotePrecision: 1, quoteRecall: 1 });
  });
});
