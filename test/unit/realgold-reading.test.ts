// Every real news page of ../shared/realgold is read as the content script reads it (jsdom, no
// layout): a page whose gold names people is taken for a news article, and its extracted paragraphs
// are the article's own — the prose of article.txt, and nothing else (no caption, credit, byline,
// prompt or list of other stories).
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, looksLikeNewsArticle } from '../../src/content/extract-article';
import { readPageText } from '../../src/content/page-text';
import { letterKey } from '../../src/matching/normalize';
import { realGoldPages } from '../support/realgold';

const head = (t: string): string => letterKey(t).slice(0, 60);

describe.each(realGoldPages())('$name', ({ html, paragraphs, people }) => {
  it('with people in it, is read: taken for news, its prose extracted, nothing beside it', { timeout: 30_000 }, () => {
    const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    if (people.length > 0) expect(looksLikeNewsArticle(doc)).toBe(true);
    const parsed = extractArticle(doc);
    expect(parsed).not.toBeNull();
    const extracted = parsed!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    const gold = letterKey(paragraphs.join(' '));
    expect(extracted.filter((p) => !gold.includes(head(p)))).toEqual([]);
    // Of article.txt's prose (long sentences; its few furniture lines are mostly short), 90 % is read.
    const prose = paragraphs.filter((t) => t.length >= 80 && /[.!?]["'”’)]*$/u.test(t));
    const read = letterKey(extracted.join(' '));
    expect(prose.filter((t) => read.includes(head(t))).length).toBeGreaterThanOrEqual(Math.floor(prose.length * 0.9));
    // And the matcher sees those paragraphs in the page's text (none hidden in excluded markup).
    const page = letterKey(readPageText(doc.body).text);
    expect(extracted.filter((p) => !page.includes(head(p)))).toEqual([]);
  });
});
