import { ABBREVIATIONS } from './lexicon';

/** A word of a text with its offsets; `end` excludes a possessive "’s", which is flagged instead. */
export interface Token {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

// Letters with inner hyphens, apostrophes or dots ("Witkoff-Putin", "O’Brien", "U.S").
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐’'.][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /[’']s$/u;

/** Splits text into word tokens; "Dr." and initials keep their period, possessives are split off. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index!;
    let end = start + word.length;
    let possessive = false;
    if (POSSESSIVE.test(word) && word.length > 2) {
      possessive = true;
      word = word.slice(0, -2);
      end -= 2;
    } else if (text[end] === '.' && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word))) {
      word += '.';
      end += 1;
    }
    out.push({ text: word, start, end, possessive });
  }
  return out;
}

/** True for a word that starts with a capital letter. */
export const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);
