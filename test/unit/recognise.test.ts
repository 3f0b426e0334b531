import { describe, expect, it } from 'vitest';
import { recogniseArticle } from '../../src/matching/recognise';
import { shippedModel } from '../support/fixtures';

const model = shippedModel();
const paragraphs = model.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(20);

describe('recogniseArticle', () => {
  it.each([
    ['the whole article', paragraphs.join('\n'), true],
    ['the article with typographic changes', paragraphs.join('\n').replace(/[“”]/g, '"').replace(/’/g, "'").replace(/ /g, '\u00a0'), true],
    ['a third of its paragraphs among other text', `${filler}${paragraphs.slice(0, 3).join('\n')}${filler}`, true],
    ['a page that names one of its people', `${filler} ${model.actors[0]!.fullName} spoke today. ${filler}`, false],
    ['a page with no article', filler, false],
    ['a short page', paragraphs[0]!.slice(0, 150), false],
  ])('%s → %s', (_, text, found) => {
    expect(recogniseArticle(text, [model]) === model).toBe(found);
  });
});
