import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ModelError, validateModel } from '../../src/model/validate-model';

const good = (): any => JSON.parse(readFileSync('src/articles/seed.model.json', 'utf8'));

describe('validateModel', () => {
  it('accepts the shipped model', () => {
    expect(validateModel(good()).schemaVersion).toBe(1);
  });

  it.each<[string, (m: any) => unknown, string]>([
    ['not an object', () => null, 'model must be an object'],
    ['another schema version', (m) => { m.schemaVersion = 99; }, 'schemaVersion must be 1 (got 99)'],
    ['a missing title', (m) => { delete m.title; }, 'title must be an object'],
    ['a paragraph text that is a number', (m) => { m.sections[1].paragraphs[0].text = 4; }, 'sections[1].paragraphs[0].text must be a string'],
    ['a mention of an unknown actor', (m) => { m.title.mentions[0].actor = 'nobody'; }, 'title.mentions[0].actor names no actor of the model'],
    ['a mention past the end of its text', (m) => { m.title.mentions[0].end = 9999; }, 'title.mentions[0].end is past the end of its text'],
    ['an empty span', (m) => { m.title.mentions[0].end = m.title.mentions[0].start; }, 'title.mentions[0].end must be greater than start'],
    ['a duplicate actor id', (m) => { m.actors[1].id = m.actors[0].id; }, 'actors[1].id must be a unique non-empty string'],
    ['a quote in no block', (m) => { m.quotes[0].block = 'p999'; }, 'quotes[0].block names no block of the model'],
    ['a quote by an unknown speaker', (m) => { m.quotes[0].speaker = 'x'; }, 'quotes[0].speaker names no actor of the model'],
    ['no sections', (m) => { m.sections = []; }, 'sections must not be empty'],
    ['a role that is a number', (m) => { m.actors[0].role = 3; }, 'actors[0].role must be a string or null'],
  ])('rejects %s, naming the field', (_, mutate, message) => {
    const m = good();
    const replaced = mutate(m);
    const input = replaced === undefined ? m : replaced;
    expect(() => validateModel(input)).toThrow(ModelError);
    expect(() => validateModel(input)).toThrow(message);
  });
});
