/**
 * The article part: everything that runs only on a page that passed the gate (article-gate.ts) — the
 * full shipped models, the builder, Readability, aligning, the highlighter and the card. Built as its
 * own ES module (`article.js`), which the everywhere-script imports from the extension on demand, so
 * that none of it is parsed or compiled on the pages that carry no article. It calls no extension API:
 * the everywhere-script keeps the messaging, and hands over what the page needs.
 */
import { SHIPPED_MODELS } from '../articles/shipped-models';
import type { Alignment } from '../matching/align';
import { annotateLive, type LiveAnnotations, type LiveOptions } from './live-annotator';

export type { LiveAnnotations };

/** Annotates the page live with the shipped models (or one built from the page), until `signal` aborts. */
export function startArticle(doc: Document, signal: AbortSignal, onAnnotated: (a: Alignment) => void, options: LiveOptions): LiveAnnotations {
  return annotateLive(doc, SHIPPED_MODELS, signal, onAnnotated, options);
}
