import { describe, expect, it } from 'vitest';
import { letterKey, normalize, toNormalized } from '../../src/matching/normalize';

describe('normalize', () => {
  it.each([
    ['curly and straight quotes agree', '“Q,” he said’s', '"q," he said\'s'],
    ['dashes become hyphens', 'a–b—c‑d', 'a-b-c-d'],
    ['whitespace runs and nbsp collapse', 'a \u00a0\n\t b', 'a b'],
    ['soft hyphens and zero-width characters vanish', 'Wit\u00adkoff\u200b’s', "witkoff's"],
    ['case folds', 'ÉLAN Łukasz', 'élan łukasz'],
    ['an ellipsis becomes three dots', 'wait…', 'wait...'],
  ])('%s', (_, raw, out) => {
    expect(normalize(raw).text).toBe(out);
  });

  it('maps every normalized character back to its raw index', () => {
    const raw = 'A\u00a0 Wit\u00adkoff';
    const n = normalize(raw);
    expect(n.text).toBe('a witkoff');
    expect([...n.toRaw]).toEqual([0, 1, 3, 4, 5, 7, 8, 9, 10, 11]);
    expect(toNormalized(n, 7)).toBe(5); // the "k" after the soft hyphen
    expect(toNormalized(n, raw.length)).toBe(n.text.length);
  });

  it.each([
    ['Steve Witkoff’s “peace”', 'stevewitkoffspeace'],
    ['  Müller-Łukasz, 2025! ', 'müllerłukasz2025'],
  ])('letterKey(%j) keeps letters and digits only', (raw, key) => {
    expect(letterKey(raw)).toBe(key);
  });
});
