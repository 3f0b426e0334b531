// The everywhere-script's gate, in jsdom: which pages load the article part, and why.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../src/content/article-gate';
import { SHIPPED_FINGERPRINTS } from '../../src/articles/shipped-fingerprints';
import { fixtures } from '../support/fixtures';

const doc = (html: string): Document => new JSDOM(html).window.document;
const NEWS = `<meta property="og:type" content="article"><article>${'<p>A long enough paragraph of reading text, written for the test, about nothing at all. '.repeat(3)}</p>`.repeat(8);

describe('judgePage', () => {
  it.each(fixtures().filter((f) => !f.expected.generic && !f.expected.live).map((f) => [f.name, f.html] as const))(
    '%s carries the shipped article', async (_, html) => {
      expect(await judgePage(doc(html), false)).toEqual({ kind: 'shipped', index: 0 });
    });

  it.each([
    ['a page with no article', '<p>Nothing to see here.</p>', true, null],
    ['a news page, building on', NEWS, true, { kind: 'news' }],
    ['a news page, building off', NEWS, false, null],
    ['a page naming the people but not carrying the article', `<p>${SHIPPED_FINGERPRINTS[0]!.actors.map((a) => a.surname).join(' met ')}.</p>`, false, null],
  ])('%s', async (_, html, build, verdict) => {
    expect(await judgePage(doc(html), build)).toEqual(verdict);
  });

  it('rules out a page on a sample of its paragraphs, without reading its whole text', async () => {
    const surnames = SHIPPED_FINGERPRINTS[0]!.actors.map((a) => a.surname).join(' ');
    const page = doc(`<p>${'Plain words about the weather over the harbour today. '.repeat(40)}</p><script>var people = "${surnames}";</script>`);
    Object.defineProperty(page.body, 'textContent', { get: () => { throw new Error('the whole text was read'); } });
    expect(await judgePage(page, false)).toBeNull();
  });
});
