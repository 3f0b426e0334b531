import type { Gazetteer } from '../tagger/gazetteer';

// A Mandarin syllable in pinyin without tone marks: an optional initial and a final. Phonotactics,
// not a list: it covers the names no open list of ours has ("Xi Jinping", "Li Keqiang", "Deng Xiaoping").
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|a|o|e|i|u)';
const SYLLABLE = `${INITIAL}${FINAL}`;
const PINYIN_SURNAME = new RegExp(`^${SYLLABLE}$`, 'iu');
// After the first syllable, each has its initial: a vowel alone would split English words ("shu-i").
const PINYIN_GIVEN = new RegExp(`^${SYLLABLE}(?:${INITIAL.slice(0, -1)}${FINAL}){1,2}$`, 'iu');
// "Tsai Ing-wen", "Moon Jae-in", "Kim Jong-un": a given name of two syllables joined by a hyphen.
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/**
 * An East Asian name written surname first: a short surname, then a given name in pinyin of two or
 * three syllables run together ("Xi Jinping") or of two joined by a hyphen ("Tsai Ing-wen"). English
 * words can spell syllables too ("Banana"), so no word of a pinyin name may be an everyday word or a
 * place the lists know, and the given name never is.
 */
export function isSurnameFirstName(words: readonly string[], names: Gazetteer): boolean {
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}{1,5}$/u.test(words[0]!)) return false;
  const [surname, given] = words.map((w) => w.toLowerCase()) as [string, string];
  const known = (w: string): boolean => names.common.has(w) || names.place.has(w);
  if (known(given) || names.placePhrase.has(`${surname} ${given}`)) return false;
  if (HYPHENED_GIVEN.test(words[1]!)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && PINYIN_SURNAME.test(surname) && PINYIN_GIVEN.test(given) && !known(surname);
}
