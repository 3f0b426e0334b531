import { drain, type Steps } from './steps';

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
 * one space, invisible characters dropped. Linear, with a fast path for ASCII (most of any page):
 * this runs over a whole page's text, so it avoids a regex or a string per character.
 */
export function normalize(raw: string): Normalized {
  return drain(normalizeSteps(raw));
}

/** `normalize`, pausable every 64K characters (a live blog's text runs to megabytes). */
export function* normalizeSteps(raw: string): Steps<Normalized> {
  const n = raw.length;
  let codes = new Uint16Array(n + 8);
  let toRaw = new Int32Array(n + 9);
  let len = 0;
  let inSpace = false;
  const push = (code: number, at: number): void => {
    if (len + 1 >= codes.length) {
      const grown = new Uint16Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
      const map = new Int32Array(codes.length + 1);
      map.set(toRaw);
      toRaw = map;
    }
    codes[len] = code;
    toRaw[len++] = at;
  };
  for (let i = 0; i < n; i++) {
    if ((i & 0xffff) === 0xffff) yield;
    const c = raw.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (!inSpace) push(32, i);
        inSpace = true;
        continue;
      }
      inSpace = false;
      push(c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c, i);
      continue;
    }
    const ch = raw[i]!;
    if (SPACE.test(ch)) {
      if (!inSpace) push(32, i);
      inSpace = true;
      continue;
    }
    const out = fold(ch);
    if (out === '') continue;
    inSpace = false;
    for (let k = 0; k < out.length; k++) push(out.charCodeAt(k), i);
  }
  toRaw[len] = n;
  let text = '';
  for (let k = 0; k < len; k += 8192) text += String.fromCharCode(...codes.subarray(k, Math.min(len, k + 8192)));
  return { text, toRaw: toRaw.slice(0, len + 1) };
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
