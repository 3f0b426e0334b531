// The name tagger's parts on made-up text: tokens, shapes, the perceptron, BIO spans, and the shipped
// weights on sentences no corpus holds.
import { describe, expect, it } from 'vitest';
import { fold, shape } from '../../src/model/tagger/features';
import { argmax, PerceptronTrainer, scoreTags } from '../../src/model/tagger/perceptron';
import { tagWithShippedModel } from '../../src/model/tagger/shipped-tagger';
import { spansOf } from '../../src/model/tagger/tag-entities';
import { wordTokens } from '../../src/model/tagger/word-tokens';

describe('wordTokens', () => {
  it.each([
    ['punctuation apart', 'Hi, Ann.', ['Hi', ',', 'Ann', '.']],
    ['a possessive apart', 'Ann’s car', ['Ann', '’s', 'car']],
    ['hyphens apart', 'Jo-Ann Lee', ['Jo', '-', 'Ann', 'Lee']],
    ['initials and titles keep their dot', 'Dr. J. R. Ewing', ['Dr.', 'J.', 'R.', 'Ewing']],
    ['a dotted acronym whole', 'the U.S. said', ['the', 'U.S.', 'said']],
    ['curly quotes apart', '“Go,” he said', ['“', 'Go', ',', '”', 'he', 'said']],
  ])('splits %s', (_, text, words) => {
    const tokens = wordTokens(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('features', () => {
  it.each([
    ['McCain', 'XxXx'], ['U.S.', 'X.X.'], ['1990s', 'dx'], ['Łódź', 'Xx'], ['ok', 'x'],
  ])('shape of %s is %s', (word, expected) => expect(shape(word)).toBe(expected));

  it.each([
    ['“Hello”', '"hello"'], ['O’Neil', "o'neil"], ['2024', '0000'],
  ])('folds %s to %s', (word, expected) => expect(fold(word)).toBe(expected));
});

describe('perceptron', () => {
  it('learns a separable toy problem and keeps it after averaging', () => {
    const trainer = new PerceptronTrainer(['A', 'B']);
    const data: [string[], number][] = [[['x'], 0], [['y'], 1], [['x', 'z'], 0], [['y', 'z'], 1]];
    const scores = new Float64Array(2);
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const [f, truth] of data) {
        trainer.score(f, scores);
        trainer.update(f, truth, argmax(scores));
      }
    }
    const model = trainer.averaged();
    for (const [f, truth] of data) {
      scoreTags(model, f, scores);
      expect(argmax(scores)).toBe(truth);
    }
    expect(Object.values(model.weights).flat().every((w) => Number.isInteger(w))).toBe(true);
  });
});

describe('spansOf', () => {
  it.each([
    [['B-PER', 'I-PER', 'O'], [{ type: 'PER', from: 0, to: 2 }]],
    [['B-PER', 'B-PER'], [{ type: 'PER', from: 0, to: 1 }, { type: 'PER', from: 1, to: 2 }]],
    [['O', 'B-ORG', 'I-ORG', 'B-LOC'], [{ type: 'ORG', from: 1, to: 3 }, { type: 'LOC', from: 3, to: 4 }]],
  ])('reads %j', (tags, spans) => expect(spansOf(tags)).toEqual(spans));
});

describe('the shipped tagger', () => {
  const types = (text: string): Record<string, string> =>
    Object.fromEntries(tagWithShippedModel([text]).map((e) => [e.text, e.type]));

  it.each([
    ['a person with no title', 'Marta Kowalski scored twice in the second half.', 'Marta Kowalski', 'PER'],
    ['a person after a verb', 'The award went to Daniel Okafor on Friday.', 'Daniel Okafor', 'PER'],
    ['a country', 'Talks with Argentina resumed on Monday.', 'Argentina', 'LOC'],
  ])('tags %s', (_, text, name, type) => {
    expect(types(text)[name]).toBe(type);
  });

  it('gives offsets into the paragraph it was given', () => {
    const text = 'Yesterday, Marta Kowalski left.';
    for (const e of tagWithShippedModel(['First one.', text])) {
      expect(e.paragraph).toBe(1);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
