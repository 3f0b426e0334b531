// Live pages in jsdom: an article that renders late, is re-rendered wholesale (even from annotated
// markup), or grows paragraph by paragraph is annotated again once the page settles, never twice over;
// switching off restores the DOM exactly; a page that keeps changing elsewhere is not fought.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotateLive, type LiveAnnotations } from '../../src/content/live-annotator';
import { SETTLE_MS } from '../../src/content/page-watcher';
import { fixtures, shippedModel } from '../support/fixtures';

const model = shippedModel();
const plain = fixtures().find((f) => f.name === 'plain-article')!;
const total = Object.values(plain.expected.mentions).reduce((a, b) => a + b, 0);
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, SETTLE_MS + 150));
/** Waits for the page to settle and for the annotation work it started to finish. */
const settled = async (live: LiveAnnotations): Promise<void> => {
  await settle();
  await live.idle();
};
let controller = new AbortController();
afterEach(() => controller.abort());

function page(html = plain.html) {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  const article = doc.querySelector('article')!;
  const articleHTML = article.innerHTML;
  // The page's own realm: jsdom's addEventListener accepts only its own AbortSignal.
  controller = new dom.window.AbortController();
  return { doc, article, articleHTML };
}
const start = (doc: Document) => annotateLive(doc, [model], controller.signal);
const mentions = (doc: Document): number => doc.querySelectorAll('dramatis-mention').length;
const nested = (doc: Document): number => doc.querySelectorAll('dramatis-mention dramatis-mention, dramatis-quote dramatis-quote').length;

describe('annotateLive', () => {
  it('annotates an article that renders after load', async () => {
    const { doc, article, articleHTML } = page();
    article.innerHTML = '<p>Loading…</p>';
    const live = start(doc);
    await live.idle();
    expect(live.annotator).toBeNull();
    article.innerHTML = articleHTML;
    await settled(live);
    expect(mentions(doc)).toBe(total);
  });

  it.each([
    ['from the original markup', (a: Element, html: string) => { a.innerHTML = html; }],
    ['from annotated markup (a framework cloning our elements)', (a: Element) => { a.innerHTML = a.innerHTML; }],
    ['by replacing every node', (a: Element) => { a.replaceChildren(...[...a.childNodes].map((n) => n.cloneNode(true))); }],
  ])('annotates again after a wholesale re-render %s, without nesting', async (_, rerender) => {
    const { doc, article, articleHTML } = page();
    const live = start(doc);
    await live.idle();
    expect(mentions(doc)).toBe(total);
    const text = doc.body.textContent;
    rerender(article, articleHTML);
    await settled(live);
    expect(mentions(doc)).toBe(total);
    expect(nested(doc)).toBe(0);
    expect(doc.body.textContent).toBe(text);
  });

  it('follows an article that grows paragraph by paragraph', async () => {
    const { doc, article } = page();
    // Everything after the fifth paragraph, headings included, arrives later, one element at a time.
    const tail = [...article.children].slice([...article.children].indexOf(article.querySelectorAll('p')[5]!));
    tail.forEach((p) => p.remove());
    const live = start(doc);
    await live.idle();
    const before = mentions(doc);
    for (const p of tail) {
      article.append(p);
      await new Promise((r) => setTimeout(r, 40));
    }
    await settled(live);
    expect(before).toBeLessThan(total);
    expect(mentions(doc)).toBe(total);
  });

  it('switches off restoring the DOM exactly, and on again', async () => {
    const { doc } = page();
    const before = doc.body.innerHTML;
    const live = start(doc);
    await live.idle();
    expect(doc.body.innerHTML).not.toBe(before);
    await live.setEnabled(false);
    expect(doc.body.innerHTML).toBe(before);
    await live.setEnabled(true);
    expect(mentions(doc)).toBe(total);
  });

  it('does not answer changes outside the article, so a busy page is never fought', async () => {
    const { doc } = page();
    const live = start(doc);
    await live.idle();
    await settled(live); // our own first changes wake the watcher once; it finds nothing to do
    const runSteps = live.annotator!.runSteps.bind(live.annotator);
    let runs = 0;
    live.annotator!.runSteps = (root?: Element) => (runs++, runSteps(root));
    const ticker = doc.createElement('div');
    doc.body.append(ticker);
    // A page script that answers every change of ours with one of its own, outside the article.
    const View = doc.defaultView!;
    new View.MutationObserver(() => { if (ticker.childNodes.length < 50) ticker.append('tick '); })
      .observe(doc.body, { childList: true, subtree: true });
    ticker.append('start');
    await settled(live);
    await settled(live);
    expect(runs).toBe(0);
    expect(mentions(doc)).toBe(total);
  });

  it('removes the annotations of an earlier instance before annotating', async () => {
    const { doc } = page();
    const first = new doc.defaultView!.AbortController();
    await annotateLive(doc, [model], first.signal).idle();
    await start(doc).idle(); // the reloaded extension's new content script; the old one never cleaned up
    expect(mentions(doc)).toBe(total);
    expect(nested(doc)).toBe(0);
  });

  it('reports a malformed model it recognised, names the field, and leaves the page alone', async () => {
    const { doc } = page();
    const before = doc.body.innerHTML;
    const broken = { ...structuredClone(model), sections: [{ heading: null, paragraphs: [{ id: 'p0', text: 7, mentions: [] }] }] };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const live = annotateLive(doc, [broken], controller.signal);
    await live.idle();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('sections[0].paragraphs[0].text must be a string'));
    expect(live.annotator).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
    error.mockRestore();
  });
});
