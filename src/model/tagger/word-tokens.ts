/** A token of running text for the tagger: a word or a punctuation mark, with its offsets. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes and dots ("O’Brien", "U.S."; hyphens are split off below); a possessive
// "’s" and every punctuation mark are tokens of their own, as in the treebank-style training corpora.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐’'.&][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
const POSSESSIVE = /^(.+?)([’']s)$/u;
const KEEPS_DOT = /^(?:\p{L}|\p{L}(?:\.\p{L})+|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Inc|Corp|Ltd|Co|Rev|Mt|Ft|Adm|Hon|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/u;

/**
 * Splits text into words and punctuation. A word's final period is its own token unless the word is
 * an initial, a dotted acronym or a common abbreviation ("J.", "U.S.", "Dr."): a sentence's full stop
 * must not glue onto its last word, but "Dr." must stay whole.
 */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    const start = m.index!;
    if (word.length > 1 && word.endsWith('.') && !KEEPS_DOT.test(word)) {
      out.push(...split(word.slice(0, -1), start));
      out.push({ text: '.', start: start + word.length - 1, end: start + word.length });
      continue;
    }
    out.push(...split(word, start));
  }
  return out;
}

function split(word: string, start: number): WordToken[] {
  // Hyphens are tokens of their own, as in most of the training text: "Jo-Wilfried" is "Jo", "-", "Wilfried".
  const hyphen = /[-‐]/u.exec(word);
  if (hyphen && hyphen.index > 0) {
    const at = hyphen.index;
    return [...split(word.slice(0, at), start), { text: '-', start: start + at, end: start + at + 1 }, ...split(word.slice(at + 1), start + at + 1)];
  }
  const p = POSSESSIVE.exec(word);
  if (!p) return [{ text: word, start, end: start + word.length }];
  const stem = p[1]!.length;
  return [{ text: p[1]!, start, end: start + stem }, { text: p[2]!, start: start + stem, end: start + word.length }];
}
