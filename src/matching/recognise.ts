import { letterKey } from './normalize';

/** Share of a model's fingerprint snippets that must appear on a page for it to count as carrying the article. */
export const RECOGNITION_THRESHOLD = 0.3;

/**
 * Picks the model whose article the page carries, by its text, not its URL (the same article is
 * syndicated on many sites). `pageText` is the page's raw text; returns null when none passes.
 */
export function recogniseArticle<M extends { fingerprint: readonly string[]; actors: readonly { surname: string }[] }>(pageText: string,
  models: readonly M[], pageKey?: string): M | null {
  const candidates = models.filter((m) => namesEnoughOf(pageText, m));
  if (candidates.length === 0 || pageText.length < 200) return null;
  // `pageKey`: the page's letterKey when the caller built it already (in slices, on a long page).
  const key = pageKey ?? letterKey(pageText);
  let best: M | null = null;
  let bestScore = RECOGNITION_THRESHOLD;
  for (const model of candidates) {
    if (model.fingerprint.length === 0) continue;
    const score = model.fingerprint.filter((f) => key.includes(f)).length / model.fingerprint.length;
    if (score >= bestScore) {
      best = model;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The cheap first test: a page that names fewer than half of a model's people as written cannot carry
 * its article (an edited copy still names them all), and most pages — even news pages that name one
 * of them — are rejected here without building the letters-only key, which costs tens of ms on 1 MB.
 */
export function namesEnoughOf(pageText: string, model: { actors: readonly { surname: string }[] }): boolean {
  if (model.actors.length === 0) return true;
  const named = new Set(model.actors.map((a) => a.surname));
  return [...named].filter((s) => pageText.includes(s)).length >= Math.max(1, named.size / 2);
}
