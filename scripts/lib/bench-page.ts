/**
 * Injected into a benchmark page (no extension): the content script's own pipeline, run on the page
 * as it is, beside a bare TreeWalker scan for the same names, so both are timed on the same DOM.
 */
import { SLICE_MS } from '../../src/content/live-annotator';
import { Annotator } from '../../src/content/annotator';
import { recogniseArticle } from '../../src/matching/recognise';
import { drive } from '../../src/matching/steps';
import { buildModel } from '../../src/model/builder/build-model';
import { validateModel } from '../../src/model/validate-model';

let annotator: Annotator | null = null;

const api = {
  /** Reads, aligns and wraps in one go (what a small page costs); returns ms. */
  annotate(model: unknown): number {
    annotator ??= new Annotator(document, validateModel(model));
    const t0 = performance.now();
    annotator.run(document.body);
    return performance.now() - t0;
  },
  /** The same work as the content script does it: in slices, yielding between; returns the slices' ms. */
  async annotateSliced(model: unknown): Promise<number[]> {
    annotator ??= new Annotator(document, validateModel(model));
    const slices: number[] = [];
    await drive(annotator.runSteps(document.body), { budgetMs: SLICE_MS, slices });
    return slices;
  },
  /** Recognising (or not) an article in the page: all a page with no article costs; returns ms. */
  recognise(models: unknown[]): number {
    const t0 = performance.now();
    recogniseArticle(document.body.textContent ?? '', models as never[]);
    return performance.now() - t0;
  },
  /** Builds a model from a plain-text article, in the page (as generic mode does); returns ms. */
  build(text: string, tagger = true): number {
    const t0 = performance.now();
    const model = buildModel(text, { tagger });
    const ms = performance.now() - t0;
    if (model.actors.length === 0) throw new Error('built a model with nobody in it');
    return ms;
  },
  undo(): void {
    annotator?.undo();
  },
  /** Walks every text node and finds every occurrence of every name, wrapping nothing; returns ms. */
  bareScan(names: string[]): number {
    const t0 = performance.now();
    let hits = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      for (const name of names) for (let i = data.indexOf(name); i >= 0; i = data.indexOf(name, i + 1)) hits++;
    }
    const ms = performance.now() - t0;
    if (hits === 0) throw new Error('bare scan found no name');
    return ms;
  },
  /** mark.js (loaded into the page beforehand) marking the same names; returns ms. */
  markJs(names: string[]): number {
    const Mark = (globalThis as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
    const t0 = performance.now();
    new Mark(document.body).mark(names, { separateWordSearch: false, diacritics: false });
    return performance.now() - t0;
  },
};

(globalThis as { DramatisBench?: typeof api }).DramatisBench = api;
