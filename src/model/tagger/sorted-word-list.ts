/** A set of words that can only be asked whether it holds one (all the tagger and the builder ask). */
export interface WordList {
  has(word: string): boolean;
}

/**
 * A word list kept as the sorted, newline-joined string `npm run train` ships, searched by bisection
 * on character offsets. Nothing is built on first use (a 115,000-entry Set took ~90 ms in Chromium);
 * each look-up costs ~16 steps of `lastIndexOf`/`indexOf` and a short comparison instead of one hash,
 * which the few thousand look-ups of an article do not notice. Exact: the lines must be in code-unit
 * order (JavaScript's default sort), which `npm run train` writes and the unit tests check.
 */
export function sortedWordList(joined: string): WordList {
  return { has: (word) => bisect(joined, word) };
}

function bisect(list: string, word: string): boolean {
  // [lo, hi] spans whole lines: lo is a line's first character, hi the end of a line.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', mid);
    if (end < 0 || end > hi) end = hi;
    const order = compare(word, list, start, end);
    if (order === 0) return true;
    if (order < 0) hi = start - 1;
    else lo = end + 1;
  }
  return false;
}

/** Orders `word` against `list.slice(start, end)` by UTF-16 code units, as `<` does, without slicing. */
function compare(word: string, list: string, start: number, end: number): number {
  const n = Math.min(word.length, end - start);
  for (let i = 0; i < n; i++) {
    const d = word.charCodeAt(i) - list.charCodeAt(start + i);
    if (d !== 0) return d;
  }
  return word.length - (end - start);
}
