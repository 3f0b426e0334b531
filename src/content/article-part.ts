/**
 * The article part: everything that runs only on a page that passed the gate (article-gate.ts) — the
 * full shipped models, the builder, Readability, aligning, the highlighter and the card. Built as its
 * own script (`article.js`), which the background injects into the content scripts' world when the
 * everywhere-script asks, so that none of it is parsed or compiled on the pages that carry no article.
 * It calls no extension API: the everywhere-script keeps the messaging. It hands its one function over
 * through a global of that (isolated) world, which the page's own scripts cannot see.
 */
import { SHIPPED_MODELS } from '../articles/shipped-models';
import type { Alignment } from '../matching/align';
import { annotateLive, type LiveAnnotations, type LiveOptions } from './live-annotator';

export type { LiveAnnotations };

/** Annotates the page live with the shipped models (or one built from the page), until `signal` aborts. */
export function startArticle(doc: Document, signal: AbortSignal, onAnnotated: (a: Alignment) => void, options: LiveOptions): LiveAnnotations {
  return annotateLive(doc, SHIPPED_MODELS, signal, onAnnotated, options);
}

/** What the article part hands over to the everywhere-script. */
export interface ArticlePart {
  startArticle: typeof startArticle;
}

/** The key of the article part in the content scripts' world. */
export const ARTICLE_PART_KEY = Symbol.for('dramatis.article-part');

(globalThis as { [ARTICLE_PART_KEY]?: ArticlePart })[ARTICLE_PART_KEY] = { startArticle };
