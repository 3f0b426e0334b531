// East Asian names written surname first, by their shape alone: a table of names and look-alikes.
import { describe, expect, it } from 'vitest';
import { isSurnameFirstName } from '../../src/model/builder/surname-first';
import { shippedGazetteer } from '../../src/model/tagger/gazetteer';

describe('isSurnameFirstName', () => {
  it.each([
    ['Xi Jinping', true],
    ['Deng Xiaoping', true],
    ['Li Keqiang', true],
    ['Tsai Ing-wen', true],
    ['Kim Jong-un', true],
    ['Hong Kong', false],
    ['Feng Shui', false],
    ['Banana Republic', false],
    ['Mary Smith', false],
    ['Xi', false],
    ['Anti-war', false],
  ])('%s → %s', (name, expected) => {
    expect(isSurnameFirstName(name.split(' '), shippedGazetteer())).toBe(expected);
  });
});
