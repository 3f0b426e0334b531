/**
 * Text normalization shared by the model builder and the page matcher, so that a page that differs
 * only in typography (curly or straight quotes, dashes, non-breaking spaces, soft hyphens, case)
 * normalizes to the same string as the model.
 */

/** A normalized string with a map back to the raw string it came from. */
export interface Normalized {
  text: string;
  /** toRaw[i] is the raw index of normalized char i; toRaw[text.length] is the raw length. */
  toRaw: Int32Array;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

/** Maps one raw char to its normalized form ('' drops it). Whitespace is handled by the caller. */
function fold(ch: string): string {
  switch (ch) {
    case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '`':
      return "'";
    case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033': case '\u00ab': case '\u00bb':
      return '"';
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      return '-';
    case '\u2026':
      return '...';
  }
  if (INVISIBLE.test(ch)) return '';
  const lower = ch.toLowerCase();
  // A few letters lowercase to two code units (İ → i̇); keep one so offsets stay one-to-one.
  return lower.length === 1 ? lower : ch;
}

/**
 * Normalizes `raw` for matching: lowercase, one kind of quote and dash, every whitespace run
 * one space, invisible characters dropped. Linear in the length; keeps an index map back to `raw`.
 */
export function normalize(raw: string): Normalized {
  let text = '';
  const toRaw: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (SPACE.test(ch)) {
      if (!inSpace) {
        text += ' ';
        toRaw.push(i);
        inSpace = true;
      }
      continue;
    }
    const out = fold(ch);
    if (out === '') continue;
    inSpace = false;
    text += out;
    for (let k = 0; k < out.length; k++) toRaw.push(i);
  }
  toRaw.push(raw.length);
  return { text, toRaw: Int32Array.from(toRaw) };
}

/** Index of the first normalized char whose raw index is ≥ rawIndex (binary search). */
export function toNormalized(n: Normalized, rawIndex: number): number {
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.toRaw[mid]! < rawIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Letters and digits only, lowercased: the coarsest key, used to recognise an article cheaply. */
export function letterKey(raw: string): string {
  return raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
