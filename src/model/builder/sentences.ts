import { ABBREVIATIONS } from './lexicon';

/** A sentence as a half-open span of its paragraph. */
export interface Span {
  start: number;
  end: number;
}

// End punctuation, optional closing quotes or brackets, space, then something that can open a sentence.
const BOUNDARY = /([.!?…])(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/**
 * Splits a paragraph into sentences. A period after an abbreviation ("Dr."), an initial ("J.") or a
 * dotted acronym ("U.S.") does not end a sentence: rarely wrong, and a false split would cut a name.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index!;
    if (m[1] === '.' && m[2] === '') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word)) continue;
    }
    const end = at + m[1]!.length + m[2]!.length;
    spans.push({ start, end });
    start = end + m[3]!.length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}
