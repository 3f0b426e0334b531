/**
 * Placing a paragraph whose text was edited on the page (words changed or added, an update line):
 * its runs of four words that survive verbatim, in order, become anchors, and a paragraph is placed only when they cover
 * enough of it. Below that it is left alone: a wrong placement is worse than none (Hypothesis learned
 * this with its quote anchoring). Works on normalized text on both sides.
 */

/** A run of the model paragraph's words found verbatim on the page. */
export interface Anchor {
  /** Offset in the model paragraph's normalized text. */
  m: number;
  /** Offset in the page's normalized text. */
  p: number;
  len: number;
}

export interface FuzzyPlace {
  start: number;
  end: number;
  anchors: Anchor[];
  /** Share of the paragraph's characters inside anchors, 0 to 1. */
  score: number;
}

/** Minimum share of a paragraph that must survive verbatim for it to be placed. */
export const MIN_SCORE = 0.5;
/** Words per anchor: long enough to be telling, short enough that one edit costs little. */
const WINDOW = 4;

/** Finds the edited paragraph `block` in `page` from offset `from`; null when too little survives. */
export function placeFuzzy(page: string, block: string, from: number): FuzzyPlace | null {
  const words = [...block.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const anchors: Anchor[] = [];
  let cursor = from;
  let limit = Math.min(page.length, from + 20 * block.length + 2000);
  for (let i = 0; i + WINDOW <= words.length; ) {
    const m = words[i]!.start;
    const text = block.slice(m, words[i + WINDOW - 1]!.end);
    const at = page.indexOf(text, cursor);
    if (at < 0 || at + text.length > limit) {
      i += 1;
      continue;
    }
    // Consecutive windows that continue each other on the page make one longer anchor.
    const prev = anchors[anchors.length - 1];
    if (prev && prev.m + prev.len + 1 === m && prev.p + prev.len + 1 === at) prev.len += 1 + text.length;
    else anchors.push({ m, p: at, len: text.length });
    cursor = at + text.length;
    // Once anchored, the rest of the paragraph must follow closely.
    limit = Math.min(page.length, cursor + block.length);
    i += WINDOW;
  }
  const covered = anchors.reduce((n, a) => n + a.len, 0);
  const score = block.length ? covered / block.length : 0;
  if (score < MIN_SCORE || anchors.length === 0) return null;
  const last = anchors[anchors.length - 1]!;
  return { start: anchors[0]!.p, end: last.p + last.len, anchors, score };
}

/**
 * Maps a span [s, e) of the model paragraph's normalized text onto the page: exactly inside an anchor;
 * otherwise by finding the same words between the anchors around it, nearest where they should be.
 */
export function mapThroughAnchors(page: string, block: string, place: FuzzyPlace, s: number, e: number): number | null {
  const inside = place.anchors.find((a) => s >= a.m && e <= a.m + a.len);
  if (inside) return inside.p + (s - inside.m);
  const before = [...place.anchors].reverse().find((a) => a.m + a.len <= s);
  const after = place.anchors.find((a) => a.m >= e);
  const lo = before ? before.p + before.len : Math.max(0, place.start - block.length);
  const hi = after ? after.p : Math.min(page.length, place.end + block.length);
  const expected = before ? before.p + before.len + (s - before.m - before.len) : lo;
  const words = block.slice(s, e);
  let best: number | null = null;
  for (let at = page.indexOf(words, lo); at >= 0 && at + words.length <= hi; at = page.indexOf(words, at + 1)) {
    if (best === null || Math.abs(at - expected) < Math.abs(best - expected)) best = at;
  }
  return best;
}
