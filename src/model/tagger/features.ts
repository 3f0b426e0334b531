import type { Gazetteer } from './gazetteer';

/** What the tagger knows of the document beyond the sentence: which word forms it uses where. */
export interface DocumentStats {
  /** Lowercased words seen written in lowercase somewhere in the document ("house", "new"). */
  lower: ReadonlySet<string>;
  /** Words seen capitalized away from the start of a sentence. */
  capitalizedInside: ReadonlySet<string>;
}

/** Folds typographic variants so that training text and page text look alike. */
export function fold(word: string): string {
  return word
    .replace(/[“”„«»]|``|''/gu, '"')
    .replace(/[‘’‚]/gu, "'")
    .replace(/[–—‐]/gu, '-')
    .toLowerCase()
    .replace(/\d/g, '0');
}

/** "McCain" → "XxXx", "U.S." → "X.X.", "1990s" → "dx": the word's look with runs collapsed. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c = code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code >= 48 && code <= 57 ? 'd'
      : code < 128 ? ch : /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** A sentence prepared for feature extraction: each word's folded form and shape, computed once. */
export interface SentenceView {
  words: readonly string[];
  folded: readonly string[];
  shapes: readonly string[];
}

/** Prepares a sentence's words for `featuresAt`. */
export function sentenceView(words: readonly string[]): SentenceView {
  return { words, folded: words.map(fold), shapes: words.map(shape) };
}

const OPENERS = new Set(['"', "'", '(', '[', '-', ':', '“', '‘']);

/** Builds the document statistics from its sentences (each a list of words). */
export function documentStats(sentences: readonly (readonly string[])[]): DocumentStats {
  const lower = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (const s of sentences) {
    s.forEach((w, i) => {
      if (/^\p{Ll}/u.test(w)) lower.add(w);
      else if (/^\p{Lu}/u.test(w) && i > 0 && !OPENERS.has(s[i - 1]!) && s[i - 1] !== '.') capitalizedInside.add(w);
    });
  }
  return { lower, capitalizedInside };
}

/**
 * The features of word `i` of a sentence, given the two tags before it. Word identity, shape and
 * affixes, the neighbours two either side, name lists and the document's own evidence ("does this
 * word appear in lowercase elsewhere?") are what tell "Rose", "Bank" and "Will" apart in context.
 */
export function featuresAt(view: SentenceView, i: number, prev: string, prev2: string, gaz: Gazetteer, doc: DocumentStats): string[] {
  const { words, folded, shapes } = view;
  const w = words[i]!;
  const f = folded[i]!;
  const at = (k: number): string => (k < 0 ? '<s>' : k >= words.length ? '</s>' : folded[k]!);
  const sh = (k: number): string => (k < 0 ? '<s>' : k >= words.length ? '</s>' : shapes[k]!);
  const cap = /^\p{Lu}/u.test(w);
  const first = i === 0 || OPENERS.has(words[i - 1]!);
  const out = [
    'b', `w=${f}`, `s=${sh(i)}`, `p3=${f.slice(0, 3)}`, `x3=${f.slice(-3)}`, `x2=${f.slice(-2)}`,
    `w-1=${at(i - 1)}`, `w+1=${at(i + 1)}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`,
    `s-1=${sh(i - 1)}`, `s+1=${sh(i + 1)}`, `s-1s+1=${sh(i - 1)}|${sh(i + 1)}`,
    `w-1w=${at(i - 1)}|${f}`, `ww+1=${f}|${at(i + 1)}`,
    `t-1=${prev}`, `t-2t-1=${prev2}|${prev}`, `t-1w=${prev}|${f}`, `t-1s=${prev}|${sh(i)}`,
  ];
  if (first) out.push(`first|s=${sh(i)}`);
  if (cap) {
    const lower = w.toLowerCase();
    if (doc.lower.has(lower)) out.push(first ? 'lowerSeen|first' : 'lowerSeen');
    if (first && doc.capitalizedInside.has(w)) out.push('capInsideSeen');
    if (gaz.given.has(lower)) out.push('gGiven', `gGiven|s+1=${sh(i + 1)}`);
    if (gaz.surname.has(lower)) out.push('gSurname', `gSurname|s-1=${sh(i - 1)}`);
    if (gaz.place.has(lower)) out.push('gPlace');
    if (gaz.common.has(lower)) out.push('gCommon', `gCommon|first=${first}`);
    const before = words[i - 1]?.toLowerCase();
    if (before && gaz.given.has(before) && /^\p{Lu}/u.test(words[i - 1]!)) out.push('gGiven-1');
    const after = words[i + 1]?.toLowerCase();
    if (after && gaz.surname.has(after) && /^\p{Lu}/u.test(words[i + 1]!)) out.push('gSurname+1');
  }
  return out;
}
