import { isRoleNoun } from './lexicon';
import type { Candidate } from './read-run';
import type { Token } from './tokens';

// Between two names joined in a list: ", and ", " or ", ", ", with an owner before the second
// ("Serbia’s A and Britain’s B") or a home after the first ("A of Washington and B of Wisconsin").
const JOIN = /^(?:\s+of\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)?(?:(?:\s*,)?\s+(?:and|or|&)\s+|,\s+)(?:\p{Lu}[\p{L}.-]*[’']s\s+)?$/u;

/**
 * Names joined to a person in one list are people too: "Serbia’s Novak Djokovic and Britain’s Andy
 * Murray", where the tagger knew only the second. Only a name of two words or more that nothing marked
 * as an institution or a thing is promoted, and only by a neighbour proven a person; the list cue in
 * `unlikePerson` works the other way, for places and clubs. Changes `found` (one paragraph's
 * candidates, in text order) in place.
 */
export function promoteCoordinated(text: string, found: Candidate[]): void {
  const start = (c: Candidate): number => c.name[0]!.start;
  const end = (c: Candidate): number => c.name[c.name.length - 1]!.end;
  const joined = (a: Candidate, b: Candidate): boolean => end(a) <= start(b) && JOIN.test(text.slice(end(a), start(b)));
  // A plural role before the list ("judges A, B and C") is each one's.
  found.forEach((c, i) => {
    const prev = found[i - 1];
    if (!c.role && prev?.sharedRole && prev.role && joined(prev, c)) {
      c.role = prev.role;
      c.sharedRole = true;
      c.strong = true;
    }
  });
  // Spreads along the list: "A, B and C" where only C was proven.
  for (let changed = true; changed;) {
    changed = false;
    found.forEach((c, i) => {
      if (c.strong || c.name.length < 2 || c.institution || c.unlike) return;
      const prev = found[i - 1];
      const next = found[i + 1];
      if ((prev?.strong && joined(prev, c)) || (next?.strong && joined(c, next))) {
        c.strong = true;
        changed = true;
      }
    });
  }
}

/**
 * "Joe and Hunter Biden": a given name joined by "and" to a person's full name shares that surname,
 * and names a person of its own ("Joe Biden"), the first of the two. Returns `found` with such names
 * added before the full name they share (the given name alone stays a form of theirs). `given` says
 * whether the lists know a word as a given name and not as an everyday word; `person` whether the
 * tagger read a word as a person's name ("Bill and Hillary Clinton": "Bill" is also a word).
 */
export function sharedSurnames(text: string, tokens: Token[], found: Candidate[], given: (w: string) => boolean,
  person: (t: Token) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    const first = c.name[0]!;
    const from = Math.max(0, first.start - 30);
    const joined = c.strong && c.name.length >= 2 && given(first.text) ? /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+and\s+$/du.exec(text.slice(from, first.start)) : null;
    const at = joined ? tokens.findIndex((t) => t.start === from + joined.indices![1]![0]) : -1;
    const alone = tokens[at];
    // Not the end of a name before it: "Tomas Quill and Ines Aro" (but "Co-founders Patrick and John
    // Collison" has a role before it).
    const before = tokens[at - 1];
    const nameBefore = (a: Token): boolean => !!before && /^\p{Lu}/u.test(before.text) && /^\s+$/u.test(text.slice(before.end, a.start)) && !isRoleNoun(before.text, true);
    if (alone && (given(alone.text) || person(alone)) && !nameBefore(alone)) out.push({ name: [alone, c.name[c.name.length - 1]!], role: null, strong: true, vouched: true, alsoForm: alone.text });
    out.push(c);
  }
  return out;
}
