// Real publishers' pages carry none of the shipped articles: the content script must recognise
// nothing there and change nothing, and reading their text must not fail on their markup.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../src/content/annotator';
import { extractArticle, looksLikeNewsArticle } from '../../src/content/extract-article';
import { readPageText } from '../../src/content/page-text';
import { buildModelFromParts } from '../../src/model/builder/build-model';
import { letterKey } from '../../src/matching/normalize';
import { recogniseArticle } from '../../src/matching/recognise';
import { shippedModel } from '../support/fixtures';
import { htmlText, realPages } from '../support/realpages';

const models = [shippedModel()];

describe.each(realPages())('$name', ({ name, source, expected }) => {
  it('is not taken for a shipped article; its text, article paragraphs included, is read in order', () => {
    const doc = new JSDOM(source, { virtualConsole: new VirtualConsole() }).window.document;
    expect(recogniseArticle(doc.body.textContent ?? '', models)).toBeNull();
    const page = readPageText(doc.body);
    page.nodes.forEach((n, i) => expect(page.text.slice(page.starts[i], page.starts[i]! + n.data.length)).toBe(n.data));
    // Every paragraph of the article (as Readability extracts it) is in the text the matcher sees.
    const key = letterKey(page.text);
    const paragraphs = [...new JSDOM(expected).window.document.querySelectorAll('p')].map((p) => letterKey(p.textContent ?? ''));
    const long = paragraphs.filter((p) => p.length > 80);
    expect(long.filter((p) => !key.includes(p.slice(0, 80)))).toEqual([]);
  });

  it('in generic mode, a news page gets a model built from it, and annotations only inside its article', { timeout: 30_000 }, () => {
    const doc = new JSDOM(source, { virtualConsole: new VirtualConsole() }).window.document;
    // Not news: an encyclopedia entry, and a how-to guide that calls itself an article.
    if (!looksLikeNewsArticle(doc)) return expect(['wikipedia', 'ehow-1']).toContain(name);
    const parsed = extractArticle(doc);
    if (!parsed) return;
    const annotator = new Annotator(doc, buildModelFromParts(parsed), 'page');
    annotator.run(doc.body);
    const article = letterKey(htmlText(expected));
    // The headline is the model's title, which the extract omits: any <h1> (the first may be the site's name).
    const h1s = [...doc.querySelectorAll('h1')].map((h) => h.textContent?.trim());
    const outside = [...doc.querySelectorAll('dramatis-mention, dramatis-quote')]
      .map((a) => a.closest('p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, div')?.textContent ?? '')
      .filter((t) => !h1s.includes(t.trim()) && !article.includes(letterKey(t)));
    expect(outside).toEqual([]);
  });
});
