// Real publishers' pages carry none of the shipped articles: the content script must recognise
// nothing there and change nothing, and reading their text must not fail on their markup.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPageText } from '../../src/content/page-text';
import { letterKey } from '../../src/matching/normalize';
import { recogniseArticle } from '../../src/matching/recognise';
import { shippedModel } from '../support/fixtures';
import { realPages } from '../support/realpages';

const models = [shippedModel()];

describe.each(realPages())('$name', ({ source, expected }) => {
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
});
