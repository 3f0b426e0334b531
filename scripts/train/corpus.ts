/** Reading the training corpora of data/corpora (format in data/README.md). */
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, NAME_PARTICLES, UNPUNCTUATED_TITLES } from '../../src/model/builder/lexicon';

/** A sentence of the corpus: words and their BIO tags. */
export interface Sentence {
  words: string[];
  tags: string[];
}

/** A document: a name and its sentences (document-level features need the whole of it). */
export interface CorpusDocument {
  name: string;
  sentences: Sentence[];
}

/** Parses `TOKEN<TAB>TAG` lines, blank lines between sentences, `#doc NAME` before each document. */
export function parseCorpus(text: string, file: string): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  let doc: CorpusDocument | null = null;
  let sentence: Sentence = { words: [], tags: [] };
  const flush = (): void => {
    if (sentence.words.length) {
      if (!doc) docs.push((doc = { name: `${file}#0`, sentences: [] }));
      doc.sentences.push(sentence);
    }
    sentence = { words: [], tags: [] };
  };
  text.split('\n').forEach((line, n) => {
    if (line.startsWith('#doc')) {
      flush();
      docs.push((doc = { name: `${file}#${line.slice(4).trim()}`, sentences: [] }));
    } else if (line.trim() === '') flush();
    else if (!line.startsWith('#')) {
      const [word, tag] = line.split('\t');
      if (!word || !tag || !/^(?:O|[BI]-(?:PER|ORG|LOC|MISC))$/.test(tag)) throw new Error(`${file}:${n + 1}: not TOKEN<TAB>TAG: ${line}`);
      // Hyphenated words are split as the tagger splits them at run time ("Jo-Wilfried" → "Jo", "-", "Wilfried").
      word.split(/(?<=.)([-‐])(?=.)/u).forEach((part, k) => {
        sentence.words.push(part);
        sentence.tags.push(k > 0 && tag.startsWith('B-') ? `I-${tag.slice(2)}` : tag);
      });
    }
  });
  flush();
  return docs;
}

// The titles and particles the shipped weights were trained with: the builder's lists grew after
// (unpunctuated British titles, the particle "des"), and retraining with them moved the real-page
// figures down by as much as up (session 13), so the narrowing keeps its own.
const isTitle = (w: string): boolean => (ROLE_HEADS.has(w) && !UNPUNCTUATED_TITLES.has(w)) || ROLE_MODIFIERS.has(w) || HONORIFICS.has(w) || /^\p{Ll}/u.test(w);
const isNameWord = (w: string): boolean => /^\p{Lu}/u.test(w) || (NAME_PARTICLES.has(w) && w !== 'des');

/**
 * Narrows person spans to the name itself, as Dramatis marks it: corpora that annotate whole noun
 * phrases tag "President Barack Obama" or "the late John Smith"; the title and the lowercase words
 * are not the name. A span left with no capitalized word is dropped (it was no name at all).
 */
export function narrowPersons(s: Sentence): Sentence {
  const tags = [...s.tags];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 'B-PER') continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-PER') j++;
    let from = i;
    while (from < j - 1 && isTitle(s.words[from]!)) from++;
    let to = j;
    while (to > from && !isNameWord(s.words[to - 1]!) && !/^\p{Lu}\.?$/u.test(s.words[to - 1]!)) to--;
    for (let k = i; k < j; k++) tags[k] = 'O';
    if (to > from && /^\p{Lu}/u.test(s.words[from]!)) {
      tags[from] = 'B-PER';
      for (let k = from + 1; k < to; k++) tags[k] = 'I-PER';
    }
    i = j - 1;
  }
  return { words: s.words, tags };
}
