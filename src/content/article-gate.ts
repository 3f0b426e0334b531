import { SHIPPED_FINGERPRINTS, type ShippedFingerprint } from '../articles/shipped-fingerprints';
import { recogniseArticle } from '../matching/recognise';
import { looksLikeNewsArticle } from './news-signals';
import { PageWatcher } from './page-watcher';

/** How long a page with no article is watched for one that renders late. */
export const WATCH_WITHOUT_ARTICLE_MS = 60_000;

/** Why a page passes the gate: it carries a shipped model's article, or presents itself as news. */
export type Verdict = { kind: 'shipped'; index: number } | { kind: 'news' };

/**
 * The everywhere-script's one question: does this page carry an article worth loading the rest of
 * Dramatis for? Shipped models are recognised by their fingerprints (never their full text, which
 * loads with the article part); any other page passes only when it presents itself as a news
 * article and building models in the browser is on. Null for the vast majority of pages.
 */
export function judgePage(doc: Document, buildInBrowser: boolean,
  fingerprints: readonly ShippedFingerprint[] = SHIPPED_FINGERPRINTS): Verdict | null {
  const match = recogniseArticle(doc.body?.textContent ?? '', fingerprints);
  if (match) return { kind: 'shipped', index: fingerprints.indexOf(match) };
  return buildInBrowser && looksLikeNewsArticle(doc) ? { kind: 'news' } : null;
}

/**
 * Judges the page now and again each time it settles after a change (an article that renders late),
 * for WATCH_WITHOUT_ARTICLE_MS at most; calls `pass` once, the first time `judge` says yes, and then
 * stops watching. `judge` may say no for reasons of its own (annotations off on this site): `recheck`
 * asks again at once, for when those change. Stops when `signal` aborts.
 */
export function watchForArticle(doc: Document, judge: () => boolean, pass: () => void, signal: AbortSignal): { recheck(): void } {
  let passed = false;
  const check = (): Promise<boolean> => {
    if (passed || !judge()) return Promise.resolve(false);
    passed = true;
    watcher.stop();
    clearTimeout(timer);
    pass();
    return Promise.resolve(true);
  };
  // Before anything is annotated, every change on the page is the page's own.
  const watcher = new PageWatcher(doc.body, check, () => false, signal);
  const timer = setTimeout(() => watcher.stop(), WATCH_WITHOUT_ARTICLE_MS);
  signal.addEventListener('abort', () => clearTimeout(timer));
  void check();
  return { recheck: () => void check() };
}
