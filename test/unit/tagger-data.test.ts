// Where the tagger's data comes from: beside the code under Node, injected in the extension.
import { afterEach, describe, expect, it } from 'vitest';
import { TAGGER_DATA_KEY, taggerData as injected } from '../../src/model/tagger/tagger-data-global';
import { taggerData as beside } from '../../src/model/tagger/tagger-data';
import { asContentToBackground } from '../../src/platform/messages';

describe('tagger data', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[TAGGER_DATA_KEY];
  });

  it('is null in the extension until tagger-data.js has run, then the injected data', () => {
    expect(injected()).toBeNull();
    const data = beside()!;
    (globalThis as Record<symbol, unknown>)[TAGGER_DATA_KEY] = data;
    expect(injected()).toBe(data);
  });

  it.each([
    [{ type: 'load-article-part', tagger: true }, { type: 'load-article-part', tagger: true }],
    [{ type: 'load-article-part' }, { type: 'load-article-part', tagger: false }],
    [{ type: 'load-article-part', tagger: 'yes' }, { type: 'load-article-part', tagger: false }],
  ])('asks for the tagger only when told to: %j', (raw, expected) => {
    expect(asContentToBackground(raw)).toEqual(expected);
  });
});
