// The memory's pure parts: names, a person as the sum of appearances, settings and the private-window guard.
import { describe, expect, it } from 'vitest';
import { foldName, nameSuffixes, slugName } from '../../src/memory/names';
import { derivePerson } from '../../src/memory/person-record';
import { mayRecord, toMemorySettings } from '../../src/memory/memory-settings';
import { articleInput, asArticleInput } from '../../src/memory/article-input';
import { visibleRange } from '../../src/people/virtual-list';
import { shippedModel } from '../support/fixtures';

describe('names', () => {
  it.each([
    ['García-Márquez', 'garcia marquez', 'garcia-marquez'],
    ['  Jan van der Berg ', 'jan van der berg', 'jan-van-der-berg'],
    ['!!', '', 'person'],
  ])('%j folds to %j, slug %j', (name, folded, slug) => {
    expect(foldName(name)).toBe(folded);
    expect(slugName(name)).toBe(slug);
  });
  it('indexes every suffix of every word', () => {
    expect(nameSuffixes(['Al Berg']).sort()).toEqual(['al', 'berg', 'erg', 'g', 'l', 'rg'].sort());
  });
});

describe('derivePerson', () => {
  it('sums appearances in reading order, with the fullest name and every role', () => {
    const p = derivePerson('k', [
      { url: 'u2', readAt: 20, name: 'Olsen', role: 'Trade Commissioner' },
      { url: 'u1', readAt: 10, name: 'Maria Olsen', role: 'Special Envoy' },
    ])!;
    expect(p).toMatchObject({ key: 'k', name: 'Maria Olsen', names: ['Maria Olsen', 'Olsen'], roles: ['Special Envoy', 'Trade Commissioner'],
      count: 2, lastSeen: 20, surname: 'olsen', given: 'maria', rankCount: [-2, -20] });
  });
  it('is nobody with no appearance', () => expect(derivePerson('k', [])).toBeUndefined());
});

describe('memory settings', () => {
  it.each([
    [{}, { remember: true, retentionDays: 90, noticeSeen: false }],
    [{ remember: false, retentionDays: 0, noticeSeen: true }, { remember: false, retentionDays: 0, noticeSeen: true }],
    [{ remember: 'no', retentionDays: -3 }, { remember: true, retentionDays: 90, noticeSeen: false }],
    [{ retentionDays: 1.5 }, { remember: true, retentionDays: 90, noticeSeen: false }],
  ])('%j → %j', (raw, settings) => expect(toMemorySettings(raw)).toEqual(settings));

  it.each([
    [true, false, true],
    [true, true, false],
    [false, false, false],
    [false, true, false],
  ])('remember %s, private window %s → recorded %s', (remember, incognito, recorded) => {
    expect(mayRecord({ remember, retentionDays: 90, noticeSeen: true }, { incognito })).toBe(recorded);
  });
});

describe('article input', () => {
  const model = shippedModel();
  const input = articleInput(model, 'https://news.example/a#top', 'news.example');
  it('takes the title, people, roles and quotes from the model, the address without its fragment', () => {
    expect(input.url).toBe('https://news.example/a');
    expect(input.people.map((p) => p.name)).toEqual(model.actors.map((a) => a.fullName));
    expect(input.people.flatMap((p) => p.quotes).length).toBe(model.quotes.filter((q) => q.speaker).length);
  });
  it.each([
    ['a good one', input, true],
    ['no address', { ...input, url: 'javascript:x' }, false],
    ['a person with no name', { ...input, people: [{ id: 'a', name: ' ', role: null, quotes: [] }] }, false],
    ['a quote that is not text', { ...input, people: [{ id: 'a', name: 'A B', role: null, quotes: [1] }] }, false],
    ['not an object', 'x', false],
  ])('%s', (_, raw, ok) => expect(asArticleInput(raw) !== null).toBe(ok));
});

describe('visibleRange', () => {
  it.each([
    [0, 500, 50, 1000, [0, 18]],
    [5000, 500, 50, 1000, [92, 118]],
    [0, 500, 50, 3, [0, 3]],
    [0, 500, 50, 0, [0, 0]],
  ])('scrollTop %d, height %d, rows of %d, %d rows → %j', (top, h, row, total, range) => {
    expect(visibleRange(top, h, row, total)).toEqual(range);
  });
});
