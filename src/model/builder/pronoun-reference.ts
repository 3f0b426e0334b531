/**
 * Who "he" or "she" is: the nearest named person before the pronoun who can be its subject and whose
 * gender, as far as the article shows it, fits.
 */
import type { Mention } from '../types';
import { HONORIFICS, isRoleNoun, SUBJECT_PRONOUNS } from './lexicon';
import type { Span } from './sentences';
import { tokenize } from './tokens';

/** A paragraph prepared for attribution: quoted words masked, mentions outside quotations only. */
export interface PreparedParagraph {
  /** The paragraph with every letter inside a quotation replaced by x/X: the narrative alone. */
  masked: string;
  mentions: Mention[];
  sentences: Span[];
}

/** A person's gender as pronouns show it. */
export type Gender = 'm' | 'f';
const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'm', him: 'm', his: 'm', himself: 'm', she: 'f', her: 'f', hers: 'f', herself: 'f',
};
/** The gender a pronoun says ("he", "her"), if any. */
export const pronounGender = (word: string): Gender | undefined => PRONOUN_GENDER[word.toLowerCase()];

// Nouns that say a person's gender when said of them.
const GENDERED_NOUNS: Record<string, Gender> = Object.fromEntries([
  ...'man men father husband son brother boy uncle grandfather nephew king actor businessman chairman spokesman congressman'.split(' ').map((w) => [w, 'm']),
  ...'woman women mother wife daughter sister girl aunt grandmother niece queen actress businesswoman chairwoman spokeswoman congresswoman'.split(' ').map((w) => [w, 'f']),
]);
const SUBORDINATORS = /^(?:although|though|while|when|whenever|after|before|because|if|as|since|once|until|unless)$/iu;

/** What a description ("the actress") tells `resolvePronoun`: the noun when it has a gender, else nothing (''). */
export const descriptionCue = (noun: string): string => (GENDERED_NOUNS[noun.toLowerCase()] ? noun : '');

// Pronouns that, in a sentence about one person, are that person: not objects ("X met him" is someone else).
const CUE_PRONOUNS = new Set(['he', 'his', 'himself', 'she', 'hers', 'herself']);
const FEMALE_TITLES = new Set(['Mrs.', 'Ms.', 'Miss', 'Mrs', 'Ms', 'Madam', 'Lady', 'Dame']);
// A mention right after one of these is an object or inside a phrase, not a clause's subject.
// After "the", a name is a modifier ("the X administration"), not a person acting.
// "of", "for" and "to" inside a title ("Secretary of State X", "ambassador to Britain X") make no object of X.
// (The role noun is looked up once the pattern has matched: see canBeSubject.)
const NOT_SUBJECT_BEFORE = new RegExp(String.raw`(?:(?<!\p{Lu}[\p{L}.]*\s)\b(of|for|to)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}|\b(?:with|by|from|at|in|on|about|against|into|through|via|than|like|under|over|behind|among|between|including|told|called|asked|thanked|met|(?<!,\s)and)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}|\b(?:the|The)\s+)(?:\p{Lu}[\p{L}.]*\s+)*$`, 'u');

const PASSIVE_AGENT = /\b(?:is|was|were|are|be|been|being)\s+(?:\p{Ll}+ly\s+)?(?!(?:then|often|even|when)\s)\p{Ll}+(?:ed|en)\s+by\s+$/u;

/** True when the mention is the possessor of what follows ("X’s source"), not a person acting. */
export function isPossessive(text: string, m: Mention): boolean {
  // "Lee’s", and "Stevens’ mother": a bare apostrophe after a name ending in s.
  return /^[’']s\b/u.test(text.slice(m.end, m.end + 3)) || (/[sxz]$/u.test(text.slice(m.start, m.end)) && /^[’'](?=\s)/u.test(text.slice(m.end, m.end + 2)));
}

/**
 * True when the mention can be the subject of a clause that starts at `from`: not possessive, not after
 * a preposition or a verb.
 */
export function canBeSubject(text: string, m: Mention, from = 0): boolean {
  if (isPossessive(text, m)) return false;
  const before = text.slice(Math.max(from, m.start - 60), m.start);
  // "It will be chaired by X. She said …": a passive's agent is the one acting.
  if (PASSIVE_AGENT.test(before)) return true;
  const found = NOT_SUBJECT_BEFORE.exec(before);
  if (!found) return true;
  // "ambassador to Britain X": the preposition belongs to a role of a place before the name. Not
  // "spokesperson for X", whose words are the spokesperson's.
  const owner = found[1] ? /([\p{L}-]+)\s+$/u.exec(before.slice(0, found.index))?.[1] : undefined;
  const place = /^\p{L}+\s+(?:the\s+)?\p{Lu}/u.test(before.slice(found.index));
  return owner !== undefined && isRoleNoun(owner) && place;
}

/** How much a given name's usual gender counts: less than a title, as much as two pronouns. */
const PRIOR_WEIGHT = 2;

/**
 * The gender the article gives each named person: a courtesy title before a mention ("Mr.", "Ms."),
 * or the pronouns of sentences about that person alone (the same sentence after the name, or the next
 * sentence when it names nobody); `priors` (a given name borne almost only by women, or by men) count
 * as two pronouns. Unknown when the article does not say.
 */
export function gendersOf(paragraphs: PreparedParagraph[], priors: ReadonlyMap<string, Gender> = new Map()): Map<string, Gender> {
  const votes = new Map<string, number>();
  const vote = (actor: string, g: Gender | undefined, w = 1): void => {
    if (g) votes.set(actor, (votes.get(actor) ?? 0) + (g === 'm' ? w : -w));
  };
  for (const [actor, g] of priors) vote(actor, g, PRIOR_WEIGHT);
  for (const p of paragraphs) {
    for (const m of p.mentions) {
      // "X is one of the first women …", "X, a father of two,": a gendered noun said of the person.
      const said = /^(?:,\s*(?:a|an|the)\s|\s+(?:is|was)\s)[^.;,]{0,60}/u;
      const noun = said.exec(p.masked.slice(m.end, m.end + 80));
      if (noun) for (const w of tokenize(noun[0])) vote(m.actor, GENDERED_NOUNS[w.text.toLowerCase()], 2);
      // "his wife Fran", "her son, Jason,": a gendered noun right before the name.
      const kin = /(\p{Ll}+),?\s$/u.exec(p.masked.slice(Math.max(0, m.start - 20), m.start))?.[1];
      if (kin) vote(m.actor, GENDERED_NOUNS[kin], 3);
      const title = tokenize(p.masked.slice(Math.max(0, m.start - 6), m.start)).pop()?.text;
      // ("Mx." and "Hon." say nothing of gender.)
      if (title && /^(?:Mr|Mrs|Ms|Miss)\.?$/u.test(title)) vote(m.actor, FEMALE_TITLES.has(title) ? 'f' : 'm', 3);
    }
    p.sentences.forEach((s, i) => {
      const inside = p.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      const actors = new Set(inside.map((m) => m.actor));
      if (actors.size !== 1) return;
      const actor = inside[0]!.actor;
      // Only when the person opens the sentence, as its subject: "X said she …" is about X.
      if (tokenize(p.masked.slice(s.start, inside[0]!.start)).length > 3) return;
      const pronounsIn = (from: number, to: number): void => {
        for (const t of tokenize(p.masked.slice(from, to))) {
          if (CUE_PRONOUNS.has(t.text.toLowerCase())) vote(actor, PRONOUN_GENDER[t.text.toLowerCase()]);
        }
      };
      pronounsIn(inside[0]!.end, s.end);
      const next = p.sentences[i + 1];
      if (next && !p.mentions.some((m) => m.start >= next.start && m.end <= next.end)) pronounsIn(next.start, next.end);
    });
  }
  const out = new Map<string, Gender>();
  for (const [actor, v] of votes) if (v !== 0) out.set(actor, v > 0 ? 'm' : 'f');
  return out;
}

/**
 * The person a subject pronoun at `at` in sentence `s` of paragraph `p` stands for: looking back
 * sentence by sentence (up to five), the first mention in a sentence that can be a subject and fits
 * the pronoun's gender. `exclude` is a person it cannot be (the speaker of the quotation it is in).
 * `answers`: the pronoun's verb answers a question ("she replied"), whose addressee, an object ("a
 * reporter asked X, “…?”"), may then be the one meant when no subject or possessor is.
 */
export function resolvePronoun(
  paragraphs: PreparedParagraph[], genders: Map<string, Gender>,
  p: number, s: number, at: number, pronoun: string, exclude?: string | null, answers = false,
): string | null {
  // A subject anywhere in reach first; only then a possessor, nearest first ("Andrew claims … at
  // Epstein’s mansion … He told the BBC" is Andrew).
  // A description ("the 56-year-old") takes the nearest named person, subject or not.
  // So does a gendered one ("the actress said"), of that gender.
  if (pronoun === '' || GENDERED_NOUNS[pronoun.toLowerCase()]) return lookBack(paragraphs, genders, p, s, at, pronoun, exclude, 'any');
  return lookBack(paragraphs, genders, p, s, at, pronoun, exclude, 'subject') ?? lookBack(paragraphs, genders, p, s, at, pronoun, exclude, 'possessor')
    ?? (answers ? lookBack(paragraphs, genders, p, s, at, pronoun, exclude, 'any') : null);
}

function lookBack(
  paragraphs: PreparedParagraph[], genders: Map<string, Gender>,
  p: number, s: number, at: number, pronoun: string, exclude: string | null | undefined, take: 'subject' | 'possessor' | 'any',
): string | null {
  const want = SUBJECT_PRONOUNS.get(pronoun) ?? PRONOUN_GENDER[pronoun.toLowerCase()] ?? GENDERED_NOUNS[pronoun.toLowerCase()];
  let pi = p;
  let si = s;
  for (let steps = 0; steps < 6;) {
    const para = paragraphs[pi]!;
    const span = para.sentences[si]!;
    // Sentences wholly inside a quotation (masked to x's) name no one here and are no distance: a
    // long quotation before "…,” he said." would otherwise hide its speaker.
    const first = pi === p && si === s;
    if (first || /[^\sxX\P{L}]/u.test(para.masked.slice(span.start, span.end))) steps++;
    const limit = first ? at : span.end;
    // "On July 27, he emailed Gaiman …": a pronoun of the same gender opening the sentence before its
    // first name carries the chain on to whoever that pronoun is; the name after it is an object.
    // Not after a subordinator ("Although she …, Paltrow said"): that pronoun looks ahead to the main clause's subject.
    const spanTokens = want && !first ? tokenize(para.masked.slice(span.start, limit)) : [];
    const chainAt = spanTokens.find((t, k) => SUBJECT_PRONOUNS.get(t.text) === want && !SUBORDINATORS.test(spanTokens[k - 1]?.text ?? ''));
    const chainEnd = chainAt ? span.start + chainAt.start : limit;
    const candidates = para.mentions.filter((m) => m.start >= span.start && m.end <= chainEnd && m.actor !== exclude);
    const known = (m: Mention): boolean => !!want && genders.get(m.actor) === want;
    const unknown = (m: Mention): boolean => !want || !genders.has(m.actor);
    const subject = (m: Mention): boolean => canBeSubject(para.masked, m, span.start);
    // A subject first, of the pronoun's gender, else of unknown gender; only then a possessor ("X’s
    // album … she said"): in "X, who represents Y’s accusers, said …" the pronoun after is X.
    // A description ("the 56-year-old") takes the nearest named person.
    const found = (take !== 'possessor' ? candidates.find((m) => (known(m) || unknown(m)) && subject(m)) : undefined)
      ?? (take !== 'subject' ? candidates.find((m) => known(m) && isPossessive(para.masked, m)) ?? candidates.find((m) => unknown(m) && isPossessive(para.masked, m)) : undefined)
      ?? (take === 'any' ? candidates.filter((m) => known(m) || unknown(m)).pop() : undefined);
    if (found) return found.actor;
    si--;
    while (si < 0 && pi > 0) si += paragraphs[--pi]!.sentences.length;
    if (si < 0) return null;
  }
  return null;
}

/**
 * Who "the commander" is: the nearest named person before `at` (up to ten paragraphs back) whom the
 * article gave that role beside their name ("X, the commander of …", "Commander X"). Null if none.
 */
export function resolveRole(paragraphs: PreparedParagraph[], p: number, at: number, noun: string): string | null {
  const word = new RegExp(`\\b${noun}\\b`, 'iu');
  // Before the name, up to 80 characters back ("Grenada’s Prime Minister and Chairman of the OECS
  // Authority, Dr the Rt. Hon. Keith Mitchell") but with no other person between.
  const every = new RegExp(word.source, 'giu');
  const roleBefore = (para: PreparedParagraph, x: Mention): boolean => {
    const from = Math.max(0, x.start - 80);
    const found = [...para.masked.slice(from, x.start).matchAll(every)].pop();
    if (!found) return false;
    const at = from + found.index!;
    return x.start - at <= 40 || !para.mentions.some((y) => y !== x && y.start >= at && y.end <= x.start);
  };
  const given = (para: PreparedParagraph, x: Mention): boolean => roleBefore(para, x)
    || word.test(/^[^.;]{0,60}/u.exec(para.masked.slice(x.end))![0]);
  for (let pi = p; pi >= 0 && pi > p - 10; pi--) {
    const para = paragraphs[pi]!;
    const m = para.mentions.filter((x) => pi < p || x.end <= at).reverse().find((x) => given(para, x));
    if (m) return m.actor;
  }
  // "China’s ambassador to Britain warned …" opening a story that names him only later: the first
  // person given that role after. Only when no one at all is named before, lest a later namesake win.
  if (paragraphs.slice(0, p).some((x) => x.mentions.length) || paragraphs[p]!.mentions.some((x) => x.end <= at)) return null;
  for (let pi = p; pi < paragraphs.length && pi < p + 10; pi++) {
    const para = paragraphs[pi]!;
    const m = para.mentions.filter((x) => pi > p || x.start >= at).find((x) => given(para, x));
    if (m) return m.actor;
  }
  return null;
}

/**
 * True when "the doctor" at `at` points back to someone the article brought in unnamed ("A doctor on
 * the scene told Ruptly …"), up to five paragraphs back: their words are no named person's. A name
 * right after the phrase ("a doctor, Jane Roe,") or before it ("Roe, a doctor") makes it someone's.
 */
export function introducedUnnamed(paragraphs: PreparedParagraph[], p: number, at: number, noun: string): boolean {
  const phrase = new RegExp(String.raw`(?<![\p{Lu}][\p{L}.]*,?\s)\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}${noun}\b(?![\s,]*\p{Lu})`, 'u');
  for (let pi = p; pi >= 0 && pi > p - 5; pi--) {
    const text = paragraphs[pi]!.masked;
    if (phrase.test(pi === p ? text.slice(0, at) : text)) return true;
  }
  return false;
}
