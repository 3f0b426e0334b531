import type { Mention } from '../types';
import { ROLE_HEADS } from './lexicon';

/** The name forms to look for, per actor id. */
export type NameForms = ReadonlyMap<string, readonly string[]>;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Finds every mention of the actors in `text`: the longest name form wins where forms overlap
 * ("Steve Witkoff" over "Witkoff"), and a form counts only as a whole word; a possessive "’s" or a
 * hyphen ("Witkoff-Putin") ends a word. Forms that open with a title ("President X") are left out
 * so that a mention covers the name alone.
 */
export function findMentions(text: string, forms: NameForms): Mention[] {
  const all: { actor: string; form: string }[] = [];
  for (const [actor, list] of forms) {
    // A title opens the form ("President X"); a surname that is also a title word ("Ken Doctor") stays.
    for (const form of list) if (!(form.includes(' ') && ROLE_HEADS.has(form.split(' ')[0]!))) all.push({ actor, form });
  }
  all.sort((a, b) => b.form.length - a.form.length);
  const taken: Mention[] = [];
  for (const { actor, form } of all) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (WORD_CHAR.test(text[at - 1] ?? ' ') || WORD_CHAR.test(text[end] ?? ' ')) continue;
      if (taken.some((m) => m.start < end && at < m.end)) continue;
      taken.push({ actor, start: at, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
