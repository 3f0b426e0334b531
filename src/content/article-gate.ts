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
  const body = doc.body;
  if (!body) return null;
  // The page's whole text is built only when it names enough of a model's people: on a large page,
  // `textContent` costs several ms (one string of it all), a walk over its text nodes a fraction.
  const present = surnamesOnPage(body, new Set(fingerprints.flatMap((f) => f.actors.map((a) => a.surname))));
  const candidates = fingerprints.filter((f) => {
    const named = new Set(f.actors.map((a) => a.surname));
    return f.actors.length === 0 || [...named].filter((s) => present.has(s)).length >= Math.max(1, named.size / 2);
  });
  const match = candidates.length > 0 ? recogniseArticle(body.textContent ?? '', candidates) : null;
  if (match) return { kind: 'shipped', index: fingerprints.indexOf(match) };
  return buildInBrowser && looksLikeNewsArticle(doc) ? { kind: 'news' } : null;
}

/** Which of `surnames` some text node under `root` contains (a name split over nodes is missed). */
export function surnamesOnPage(root: Element, surnames: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (surnames.size === 0) return found;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n && found.size < surnames.size; n = walker.nextNode()) {
    const data = (n as Text).data;
    if (data.length < 3) continue;
    for (const s of surnames) if (!found.has(s) && data.includes(s)) found.add(s);
  }
  return found;
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
