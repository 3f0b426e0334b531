import { describe, expect, it } from 'vitest';
import { annotatesSite, DEFAULT_SETTINGS } from '../../src/platform/settings';

describe('annotatesSite', () => {
  it.each([
    [true, [], 'a.example', true],
    [true, ['a.example'], 'a.example', false],
    [true, ['a.example'], 'b.example', true],
    [false, [], 'a.example', false],
    [false, ['a.example'], 'a.example', true],
  ])('default %s, exceptions %j: %s is %s', (annotateByDefault, siteExceptions, site, on) => {
    expect(annotatesSite({ ...DEFAULT_SETTINGS, annotateByDefault, siteExceptions }, site)).toBe(on);
  });
});
