/**
 * Injected into a benchmark page (no extension): the content script's own pipeline, run on the page
 * as it is, beside a bare TreeWalker scan for the same names, so both are timed on the same DOM.
 */
import { Annotator } from '../../src/content/annotator';
import { validateModel } from '../../src/model/validate-model';

let annotator: Annotator | null = null;

const api = {
  /** Reads, aligns and wraps (the content script's work once a page is recognised); returns ms. */
  annotate(model: unknown): number {
    annotator ??= new Annotator(document, validateModel(model));
    const t0 = performance.now();
    annotator.run(document.body);
    return performance.now() - t0;
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
};

(globalThis as { DramatisBench?: typeof api }).DramatisBench = api;
