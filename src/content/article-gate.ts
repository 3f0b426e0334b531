import { SHIPPED_FINGERPRINTS, type ShippedFingerprint } from '../articles/shipped-fingerprints';
import { letterKeySteps } from '../matching/normalize';
import { namesEnoughOf, recogniseArticle } from '../matching/recognise';
import { drive } from '../matching/steps';
import { looksLikeNewsArticle } from './news-signals';
import { PageWatcher } from './page-watcher';
import { readingSample } from './reading-sample';

/** Longest slice of the gate's work per task (as the annotator's, live-annotator.ts). */
const SLICE_MS = 12;

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
export async function judgePage(doc: Document, buildInBrowser: boolean,
  fingerprints: readonly ShippedFingerprint[] = SHIPPED_FINGERPRINTS): Promise<Verdict | null> {
  const body = doc.body;
  if (!body) return null;
  // First a bounded sample of the paragraphs (reading-sample.ts): it rules out nearly every page for
  // a twentieth of the cost of reading the whole text. Only a page whose sample names enough of a
  // model's people — or that has too little paragraph text for a sample to speak for it — pays for
  // one native read of its whole text (inline scripts and styles included), keyed only if that, too,
  // names enough of them.
  const sample = readingSample(doc);
  if (sample === null || fingerprints.some((f) => namesEnoughOf(sample, f))) {
    const text = body.textContent ?? '';
    const candidates = fingerprints.filter((f) => namesEnoughOf(text, f));
    if (candidates.length > 0 && text.length >= 200) {
      // Keying half a megabyte of text takes tens of ms: in slices, so no task of ours runs long.
      const key = await drive(letterKeySteps(text), { budgetMs: SLICE_MS, cancelled: () => !body.isConnected });
      const match = key === null ? null : recogniseArticle(text, candidates, key);
      if (match) return { kind: 'shipped', index: fingerprints.indexOf(match) };
    }
  }
  return buildInBrowser && looksLikeNewsArticle(doc) ? { kind: 'news' } : null;
}

/**
 * Judges the page now and again each time it settles after a change (an article that renders late),
 * for WATCH_WITHOUT_ARTICLE_MS at most; calls `pass` once, the first time `judge` gives a verdict, and then
 * stops watching. `judge` may say no for reasons of its own (annotations off on this site): `recheck`
 * asks again at once, for when those change. Stops when `signal` aborts.
 */
export function watchForArticle<V>(doc: Document, judge: () => Promise<V | null>, pass: (verdict: V) => void, signal: AbortSignal): { recheck(): void } {
  let passed = false;
  let judging: Promise<boolean> = Promise.resolve(false);
  const once = async (): Promise<boolean> => {
    const verdict = passed ? null : await judge();
    if (passed || verdict === null) return false;
    passed = true;
    watcher.stop();
    clearTimeout(timer);
    pass(verdict);
    return true;
  };
  // One judgement at a time: the page may settle again while a long one is under way.
  const check = (): Promise<boolean> => (judging = judging.then(once, once));
  // Before anything is annotated, every change on the page is the page's own.
  const watcher = new PageWatcher(doc.body, check, () => false, signal);
  const timer = setTimeout(() => watcher.stop(), WATCH_WITHOUT_ARTICLE_MS);
  signal.addEventListener('abort', () => clearTimeout(timer));
  void check();
  return { recheck: () => void check() };
}
