// How the tagger's data is stored and read: word lists searched as sorted strings, weights packed by
// feature hash into base64 arrays. Each must answer exactly as the plain sets and objects would.
import { describe, expect, it } from 'vitest';
import { packWeights } from '../../scripts/train/pack-weights';
import { base64Bytes, littleEndianWords } from '../../src/model/tagger/base64-bytes';
import { featureHash } from '../../src/model/tagger/feature-hash';
import lists from '../../src/model/tagger/gazetteer.json';
import { unpackWeights } from '../../src/model/tagger/packed-weights';
import { sparseScorer, type PerceptronWeights } from '../../src/model/tagger/perceptron';
import { sortedWordList } from '../../src/model/tagger/sorted-word-list';

describe('sortedWordList', () => {
  const list = sortedWordList(['ann', 'anna', 'bo', 'zoë'].join('\n'));
  it.each([
    ['the first word', 'ann', true], ['a word that extends another', 'anna', true], ['a middle word', 'bo', true],
    ['the last word', 'zoë', true], ['a prefix of a word', 'an', false], ['a word past the last', 'zz', false],
    ['a word before the first', 'a', false], ['two words with their newline', 'ann\nanna', false], ['nothing', '', false],
  ])('finds %s: %j → %s', (_, word, found) => expect(list.has(word)).toBe(found));

  it.each([[''], ['solo']])('answers for a list of %j', (joined) => {
    expect(sortedWordList(joined).has('solo')).toBe(joined === 'solo');
  });

  it('agrees with a set on every shipped word and on their near misses', () => {
    for (const joined of Object.values(lists)) {
      const words = joined.split('\n');
      expect([...words].sort()).toEqual(words); // code-unit order, as the search assumes
      const set = new Set(words);
      const searched = sortedWordList(joined);
      const wrong = words.flatMap((w) => [w, `${w}s`, w.slice(0, -1), `${w}\n`]).filter((x) => searched.has(x) !== set.has(x));
      expect(wrong).toEqual([]);
    }
  });
});

describe('featureHash', () => {
  it.each([['b'], ['w=the'], ['t-1w=B-PER|said'], ['']])('gives %j a stable 48-bit key', (feature) => {
    const h = featureHash(feature);
    expect(Number.isSafeInteger(h) && h >= 0 && h < 2 ** 48).toBe(true);
    expect(featureHash(feature)).toBe(h);
  });

  it('tells apart features that differ in one character or in order', () => {
    const features = ['w=ab', 'w=ba', 'w=ac', 'w=ab ', 'W=ab', 'p3=ab', 'x3=ab'];
    expect(new Set(features.map(featureHash)).size).toBe(features.length);
  });
});

describe('packed weights', () => {
  const model: PerceptronWeights = {
    tags: ['O', 'B-PER', 'I-PER'],
    weights: { b: [0, 3, 1, -2], 'w=ann': [1, 1000], 'w=the': [0, -1000, 2, 7], 's=Xx': [2, -1] },
  };
  const exact = sparseScorer(model);
  const packed = unpackWeights(packWeights(model));

  it.each([
    [['b']], [['w=ann', 's=Xx']], [['b', 'w=the', 'w=ann', 's=Xx']], [['unseen', 'w=nobody']], [[]],
  ])('scores %j as the sparse weights do', (features) => {
    const [a, b] = [new Float64Array(3), new Float64Array(3)];
    exact.score(features, a);
    packed.score(features, b);
    expect([...b]).toEqual([...a]);
  });

  it('refuses a weight that does not fit its 16 bits', () => {
    expect(() => packWeights({ tags: ['O'], weights: { b: [0, 5000] } })).toThrow(/do not fit/);
  });
});

describe('base64 and little-endian words', () => {
  it('decodes bytes with atob when the browser has no Uint8Array.fromBase64', () => {
    expect([...base64Bytes(Buffer.from([0, 1, 254, 255]).toString('base64'))]).toEqual([0, 1, 254, 255]);
  });

  const read16 = (b: Uint8Array): number[] => [...littleEndianWords(b, Uint16Array)];
  const read32 = (b: Uint8Array): number[] => [...littleEndianWords(b, Uint32Array)];
  it.each([
    ['16-bit', read16, [1, 2, 0xff, 0xfe], [0x0201, 0xfeff]],
    ['32-bit', read32, [1, 2, 3, 4], [0x04030201]],
  ])('reads %s words little-endian, aligned or not', (_, read, bytes, words) => {
    expect(read(new Uint8Array(bytes))).toEqual(words);
    expect(read(new Uint8Array([9, ...bytes]).subarray(1))).toEqual(words);
  });
});
