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

/** Soft hyphens, zero-width spaces and joiners, the word joiner, the BOM: no mark on the page. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The invisible characters as a pattern's source, for code that runs in a page (the eval's DOM reading). */
export const INVISIBLE_SOURCE = INVISIBLE.source;

/** The text without its invisible characters (a hyphenation hint inside "Vladi\u00admir" splits no word). */
export const dropInvisible = (s: string): string => s.replace(INVISIBLE, '');
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
  if (dropInvisible(ch) === '') return '';
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

/** Output buffers and carry-over state of one normalization. */
interface FoldState {
  codes: Uint16Array;
  toRaw: Int32Array;
  len: number;
  inSpace: boolean;
}

/**
 * Folds raw[from, to) into the state. A plain function, not part of the generator, so that V8
 * optimizes this hot loop fully.
 */
function foldRange(raw: string, src: string, from: number, to: number, st: FoldState): void {
  const { codes, toRaw } = st;
  let { len, inSpace } = st;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (!inSpace) {
          codes[len] = 32;
          toRaw[len++] = i;
        }
        inSpace = true;
        continue;
      }
      inSpace = false;
      codes[len] = c >= 65 && c <= 90 ? c + 32 : c === 96 ? 39 : c;
      toRaw[len++] = i;
      continue;
    }
    const ch = raw[i]!;
    if (SPACE.test(ch)) {
      if (!inSpace) {
        codes[len] = 32;
        toRaw[len++] = i;
      }
      inSpace = true;
      continue;
    }
    const out = fold(ch);
    if (out === '') continue;
    inSpace = false;
    for (let k = 0; k < out.length; k++) {
      codes[len] = out.charCodeAt(k);
      toRaw[len++] = i;
    }
  }
  st.len = len;
  st.inSpace = inSpace;
}

const CHUNK = 1 << 16;

/** `normalize`, pausable every 64K characters (a live blog's text runs to megabytes). */
export function* normalizeSteps(raw: string): Steps<Normalized> {
  const n = raw.length;
  // Lowercasing natively is far faster than per character; the rare letters whose lowercase is
  // longer (İ) would shift offsets, so then each character is folded on its own instead.
  const lowered = raw.toLowerCase();
  const src = lowered.length === n ? lowered : raw;
  let extra = 8;
  for (let i = raw.indexOf('\u2026'); i >= 0; i = raw.indexOf('\u2026', i + 1)) extra += 2;
  const st: FoldState = { codes: new Uint16Array(n + extra), toRaw: new Int32Array(n + extra + 1), len: 0, inSpace: false };
  for (let from = 0; from < n; from += CHUNK) {
    if (from > 0) yield;
    foldRange(raw, src, from, Math.min(n, from + CHUNK), st);
  }
  st.toRaw[st.len] = n;
  return { text: utf16().decode(st.codes.subarray(0, st.len)), toRaw: st.toRaw.slice(0, st.len + 1) };
}

// Decodes the normalized code units in one native call (no surrogate checks are needed: code units
// pass through unchanged, and lone surrogates cannot arise from folding). Made on first use: this
// module rides in the everywhere-script, where a decoder built up front costs every page.
let decoder: TextDecoder | null = null;
const utf16 = (): TextDecoder => (decoder ??= new TextDecoder('utf-16le'));

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

/** Characters of page text keyed per step of `letterKeySteps`: a few ms of work. */
const KEY_CHUNK = 32_768;

/**
 * `letterKey` as pausable steps, for a page's whole text (tens of ms on half a megabyte). The text
 * is cut at whitespace, which the key drops anyway, so the pieces' keys join into the whole's.
 */
export function* letterKeySteps(raw: string): Steps<string> {
  const parts: string[] = [];
  for (let from = 0; from < raw.length; ) {
    let to = Math.min(raw.length, from + KEY_CHUNK);
    while (to < raw.length && !/\s/.test(raw[to]!)) to++;
    parts.push(letterKey(raw.slice(from, to)));
    from = to;
    if (from < raw.length) yield;
  }
  return parts.join('');
}
