import { CALENDAR_WORDS, NAME_PARTICLES, STOPWORDS } from './lexicon';
import { isCapitalized, type Token } from './tokens';

// "By Jane Doe", "Photo: Jane Doe/Agency", "Jane Doe contributed reporting.": page furniture.
export const CREDIT_LINE = /^(?:(?:By|Photo(?:graph)?s?(?: by)?|Credit|Reporting by|Written by|Edited by)[:\s]|.{0,80}?\bcontributed (?:reporting|to this (?:report|article|story))\b)/u;

// A paragraph that is a name alone (a byline set apart), or a prompt ("Sign up for …, a newsletter from X").
// A writer's contact line anywhere ("X may be reached at …. Follow her on Twitter").
export const NAME_OR_PROMPT_LINE = /^(?:(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*|(?:Sign up|Subscribe|Follow us|Click here|Read more)\b.*)$|\b(?:Follow (?:him|her|them|us|me) on (?:Twitter|Facebook|Instagram)|(?:may|can) be reached at)\b/u;

// A writer's bio, as articles end ("X is a Metro reporter covering …", "X has covered economics since …").
export const BIO_LINE = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]*\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:reporter|correspondent|writer|author|editor|columnist|contributor|journalist)\b|has (?:covered|reported on|written about)\b|(?:covers|writes about)\b)/u;

/**
 * The quoted spans of a paragraph written in title case ("“A Paradise Built in Hell”"): the title of
 * a work, whose capitalized words name no one.
 */
export function quotedTitles(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[“"]([^“”"]{3,120})[”"]/gu)) {
    // Title case spares short words and the odd "that": three in four longer words capitalized.
    // (A short word counts when capitalized: "Toy Story".)
    const words = m[1]!.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && (w.length > 3 || /^\p{Lu}/u.test(w)));
    const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    // A short word a title would capitalize, left in lowercase ("Apple is Steve Jobs, and Steve Jobs is
    // innovation"), makes it a sentence about names.
    const lowered = m[1]!.split(/[\s,;:]+/).some((w) => /^\p{Ll}{1,3}$/u.test(w) && !SMALL_WORDS.has(w));
    if (words.length >= 2 && capitalized >= 0.75 * words.length && !lowered) out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}


/**
 * The signature of an embedded post ("— Jo Bloggs (@jo) November 18, 2019"); group 1 is the author's
 * name. It may close the post's own text, as a page's embedded tweet reads in one block.
 */
export const POST_SIGNATURE = /(?:^|\s)[—–-]\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+\(@\w+\)(?=\s*$|\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4})/u;

// Words a headline leaves in lowercase.
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over', 'up']);

/**
 * True for a line written in title case ("$150K Pearl Oscar Dress -- STOLEN!!!"): every word but the
 * small ones capitalized (three words or more). Its capitals say nothing of names, so its runs prove no one a person.
 */
export function isTitleCase(text: string): boolean {
  // A handle and a date say nothing: "— Jo Bloggs (@jo) November 18, 2019" signs an embedded post.
  const words = text.split(/\s+/).filter((w) => !/^\(?@/u.test(w)).map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => /^\p{L}/u.test(w) && !CALENDAR_WORDS.has(w));
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w));
}

/** Two to four capitalized words, as a pattern's source: a name's shape. */
export const NAME_WORDS = String.raw`(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*`;

/** A name set apart on a line of its own: two to four capitalized words (a byline, a panel's speaker). */
export const NAME_LINE = new RegExp(`^${NAME_WORDS}$`, 'u');

/** A surname with its Arabic particle hyphened on ("al-Bashir", "el-Sisi", "bin-Salman"). */
export const JOINED_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu)[-‐]\p{Lu}/u;

/** Runs of capitalized words (with name particles inside) separated by single spaces only. */
export function capitalizedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    // A particle belongs to a name when a capitalized word follows it, perhaps after more particles.
    let k = i;
    while (NAME_PARTICLES.has(tokens[k]?.text ?? '')) k++;
    const particle = (k > i && run.length > 0 && tokens[k] !== undefined && isCapitalized(tokens[k]!.text))
      || (run.length > 0 && JOINED_PARTICLE.test(t.text));
    // ("King Francois I. Between 1500 and …": a full stop before a function word ends the sentence, and the name.)
    const joins = prev !== undefined && !prev.possessive && text.slice(prev.end, t.start) === ' '
      && !(prev.text.endsWith('.') && STOPWORDS.has(t.text));
    if (!(isCapitalized(t.text) || particle)) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    if (run.length && !joins) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  });
  if (run.length) runs.push(run);
  return runs.map((r) => (NAME_PARTICLES.has(r[r.length - 1]!.text) ? r.slice(0, -1) : r)).filter((r) => r.length);
}

