/**
 * The reporting clause of a quotation ("X said", "said X, the …", "X told reporters:", "according to
 * X") and who its grammatical subject is. A reporting verb is evidence of a speaker, but only its
 * subject says who: a named person, a pronoun, or a common noun ("the company", "a spokesman", "the
 * statement"), whose words are nobody's in the model.
 */
import type { Mention } from '../types';
import { ROLE_HEADS, ROLE_NOUNS, SPEECH_VERBS, SUBJECT_PRONOUNS, WRITTEN_WORDS } from './lexicon';
import { canBeSubject } from './pronoun-reference';
import { tokenize, type Token } from './tokens';

/** Who a reporting clause names: a person, a pronoun to resolve, or nobody named (a common noun). */
export type Subject =
  | { kind: 'person'; actor: string }
  | { kind: 'pronoun'; word: string; at: number }
  /** `definite`: "the actor" refers back to someone named; "China’s ambassador" may be new to the story. */
  /** `titled`: the noun is a title in capitals ("The Prime Minister"): an office, said of whoever the article gave it to, or of no one. */
  | { kind: 'role'; noun: string; at: number; definite: boolean; titled?: boolean }
  | { kind: 'nobody' };

// Words between a subject and its verb that are not the subject ("X has also said", "X later told").
const AUXILIARIES = new Set(`has have had is was were will would could should may might can did does do also then
  later further again once previously recently reportedly repeatedly publicly often still never not already first
  earlier now just even`.split(/\s+/));
// Words that end a clause: the subject of a verb after them is after them ("… that he said").
const CLAUSE_WORDS = new Set(`that who which whom what and but because as when while where after before if so though
  although since until whereas`.split(/\s+/));
const COORDINATORS = new Set(['and', 'but', 'so', 'or', 'yet']);
// Before a reporting verb, these make it a noun ("the claim", "his call"), not a verb.
const DETERMINERS = new Set(`the a an his her its their our my your this that these those whose such no`.split(/\s+/));
// An age used as a noun refers to a person the article has named ("the 56-year-old said").
const AGE_NOUN = /^the\s+\d+-year-old$/iu;

// Verbs that report someone's words about as often as a body's findings ("the institute estimated"):
// a quotation's speaker when a person is their subject, but no evidence that a name is a person's.
const REPORTING_ONLY = new Set(`indicated indicates estimated estimates alleging`.split(/\s+/));

/** True for a token that is a reporting verb used as a verb (not "the claim", "Smith’s call"). */
export function isReportingVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!SPEECH_VERBS.has(t.text.toLowerCase()) && !REPORTING_ONLY.has(t.text.toLowerCase())) return false;
  const prev = tokens[i - 1];
  // "she was warned that “…”", "he was told": in the passive the subject heard the words ("was
  // saying" is still the subject's).
  const passive = prev !== undefined && /^(?:was|were|is|are|been|being|be)$/iu.test(prev.text) && !/ing$/u.test(t.text);
  // "… mutually shared by Ukraine and the U.S.": a participle with its agent ("said by phone" is not one).
  const agent = tokens[i + 1]?.text === 'by' && !/^(?:phone|telephone|e?-?mail|text|video|videolink|letter|radio|satellite|way)\b/iu.test(tokens[i + 2]?.text ?? '');
  return !(prev && (prev.possessive || DETERMINERS.has(prev.text.toLowerCase()))) && !passive && !agent;
}

/**
 * The reporting verb that introduces a quotation opening at `to`, looking in `[from, to)`: "X said: “Q”",
 * "X said that “Q”", "X told reporters, “Q”". Returns the verb's offset, or -1.
 */
export function introducingVerb(text: string, from: number, to: number): number {
  const tokens = tokenize(text.slice(from, to));
  const i = tokens.map((_, k) => isReportingVerb(tokens, k)).lastIndexOf(true);
  if (i < 0) return -1;
  const gap = text.slice(from + tokens[i]!.end, to);
  // Nothing but a comma, colon or "that" between, or a short object before one ("told reporters,").
  return /^[\s,:]*(?:that\s*)?$/u.test(gap) || /^\s+[\p{L}\s.]{0,40}[,:]\s*$/u.test(gap) ? from + tokens[i]!.start : -1;
}

/** Who a noun phrase `[from, to)` of `text` is, when it is a clause's subject. */
function subjectOf(text: string, mentions: Mention[], from: number, to: number): Subject {
  // The phrase's first person, named or a pronoun: "he asked about the Brotherhood" is about "he".
  // A name right before the verb is its subject, though a preposition's phrase comes before it ("in
  // an annotation to his letter Mrs Thatcher said"), unless it is that preposition's object ("a
  // spokesperson for X said").
  const named = mentions.find((m) => m.start >= from && m.end <= to && canBeSubject(text, m, from))
    ?? mentions.find((m) => m.start >= from && m.end <= to && /^\s*$/u.test(text.slice(m.end, to))
      && !/\b(?:of|for|to|with|by|from|at|in|on|about|the|a|an)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?$/u.test(text.slice(Math.max(from, m.start - 30), m.start)));
  const phrase = text.slice(from, to).trim().replace(/[.!?]+$/u, '');
  const pronoun = tokenize(text.slice(from, to)).find((t) => SUBJECT_PRONOUNS.has(t.text));
  if (pronoun && (!named || from + pronoun.start < named.start)) return { kind: 'pronoun', word: pronoun.text, at: from + pronoun.start };
  if (named) return { kind: 'person', actor: named.actor };
  // "Lee’s statement read:", "Lee’s tweet said": a person's written words are theirs.
  const writer = mentions.find((m) => m.start >= from && m.end <= to && WRITINGS_OF.test(text.slice(m.end, to)));
  if (writer) return { kind: 'person', actor: writer.actor };
  // "His statement continued:": the writing of the one the pronoun is.
  const own = PRONOUN_WRITING.exec(phrase);
  if (own) return { kind: 'pronoun', word: own[1] === 'His' ? 'He' : 'She', at: from + text.slice(from, to).indexOf(own[1]!) };
  if (AGE_NOUN.test(phrase)) return { kind: 'pronoun', word: '', at: to };
  // "the commander said": the person the article gave that role, if it did.
  // Words between may be quoted ("the “Pose” actor"), masked here as x/X.
  // "The president said", "the singer and guitarist told": the last noun names the role.
  // So does "China’s ambassador to Britain": an owner for "the", a place or body after the noun; and
  // "the Conservative MP", "The Prime Minister": a party or a body before it, an acronym or a title
  // for the noun.
  const role = /^(?:[Tt]he|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?[’']s)\s+(?:(?:[\p{Ll}\p{N}-]+|\p{Lu}\p{Ll}+|[“"‘'][\p{L}\s]+[”"’'])\s+){0,3}?(\p{Ll}+|\p{Lu}{2,3}|(?<=(?:\p{Lu}\p{Ll}+|[Tt]he|\p{Ll}+)\s)\p{Lu}\p{Ll}+)(?:\s+(?:to|of|for|at)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})?$/u.exec(phrase)?.[1];
  // "Lee’s aide" is someone else than Lee, and no one named.
  const owned = mentions.some((m) => m.start >= from && m.end <= to && /^[’']s?\s/u.test(text.slice(m.end, m.end + 3)));
  if (role && !owned && (ROLE_NOUNS.has(role.toLowerCase()) || ROLE_HEADS.has(role[0]!.toUpperCase() + role.slice(1)))) return { kind: 'role', noun: role, at: from, definite: /^[Tt]he\s/u.test(phrase), titled: /^\p{Lu}\p{Ll}/u.test(role) };
  return { kind: 'nobody' };
}

// "His statement", "Her letter": the same, of a pronoun's.
const PRONOUN_WRITING = new RegExp(`^(His|Her)\\s+(?:\\p{Ll}+\\s+)?(?:${WRITTEN_WORDS}|op-ed|column|essay|blog)s?$`, 'u');

// "Lee’s statement", "Lee’s op-ed": the whole subject is a person's piece of writing (WRITTEN_WORDS).
const WRITINGS_OF = new RegExp(`^[’']s?\\s+(?:\\p{Ll}+\\s+)?(?:${WRITTEN_WORDS}|op-ed|column|essay|blog)s?\\s*$`, 'u');

/** An adverb by its ending ("quietly said"), in lower case: a capitalized one is a name ("Lovely said"). */
const ADVERB = /^\p{Ll}[\p{L}’'-]*ly$/u;

/**
 * The subject of a reporting verb starting at `verbAt`, looking back in `text` from `from`: past
 * auxiliaries and adverbs, past comma-set parentheticals ("X, asked about Y, replied" / "X, the
 * chairman, said"), past verbs joined by "and" ("he asked …, called … and said"), to the noun phrase
 * that acts. Null when there is none within the span (the verb opens it).
 */
export function subjectBefore(text: string, mentions: Mention[], from: number, verbAt: number): Subject | null {
  let end = verbAt;
  for (;;) {
    const m = /([\p{L}’'-]+)\s*$/u.exec(text.slice(from, end));
    if (!m || !(AUXILIARIES.has(m[1]!.toLowerCase()) || ADVERB.test(m[1]!))) break;
    end = from + m.index;
  }
  // "“Q1,” comments X, “Q2”": right after a quotation the verb is inverted, its subject after it.
  if (/[”"’']\s*,?\s*$/u.test(text.slice(from, end))) return null;
  // Clause pieces between commas (and dashes, semicolons, colons).
  const pieces: { start: number; end: number }[] = [];
  let at = from;
  for (const c of text.slice(from, end).matchAll(/[,;:—–]/gu)) {
    pieces.push({ start: at, end: from + c.index! });
    at = from + c.index! + 1;
  }
  pieces.push({ start: at, end });
  // A piece opens with its subject after any clause word ("but General X, the …, told").
  const subjectStart = (piece: { start: number; end: number }): number => {
    const first = tokenize(text.slice(piece.start, piece.end)).find((t) => !CLAUSE_WORDS.has(t.text.toLowerCase()));
    return first ? piece.start + first.start : piece.end;
  };
  // A piece opening with a relative or subordinate word ("which X founded") is not the main clause.
  const opensWithSubject = (piece: { start: number; end: number }): boolean => {
    const opener = tokenize(text.slice(piece.start, piece.end))[0];
    if (opener && CLAUSE_WORDS.has(opener.text.toLowerCase()) && !COORDINATORS.has(opener.text.toLowerCase())) return false;
    const first = tokenize(text.slice(subjectStart(piece), piece.end))[0];
    return !!first && (!/^[\p{Ll}\p{N}]/u.test(first.text) || SUBJECT_PRONOUNS.has(first.text));
  };
  const last = pieces[pieces.length - 1]!;
  const tokens = tokenize(text.slice(last.start, last.end));
  // "Lee thanked Ray, who replied:": "who" speaks for the name it follows.
  if (tokens.length === 1 && /^who$/iu.test(tokens[0]!.text)) {
    const antecedent = mentions.find((m) => m.end <= last.start && /^\s*,\s*$/u.test(text.slice(m.end, last.start + tokens[0]!.start)));
    if (antecedent) return { kind: 'person', actor: antecedent.actor };
  }
  // "…, with X warning of “Q”": before a participle, "with" opens a clause whose subject is X.
  const participle = /^\p{Ll}+ing\b/u.test(text.slice(verbAt));
  const clauseWord = tokens.map((t) => CLAUSE_WORDS.has(t.text.toLowerCase()) || (participle && t.text === 'with')).lastIndexOf(true);
  // "X and Y write": two people speak together; the first named stands for both.
  const [m1, m2] = mentions.filter((m) => m.start >= last.start && m.end <= last.end);
  if (m1 && m2 && /^\s+and\s+$/u.test(text.slice(m1.end, m2.start)) && /^[\s”"’']*$/u.test(text.slice(last.start, m1.start))
    && /^\s*$/u.test(text.slice(m2.end, last.end))) return { kind: 'person', actor: m1.actor };
  // "the singer and guitarist told": "and" inside a noun phrase, not between clauses.
  const coordinated = /^([\s”"’']*)[Tt]he\s+[\p{Ll}-]+\s+and\s+[\p{Ll}-]+\s*$/u.exec(text.slice(last.start, last.end));
  if (coordinated) return subjectOf(text, mentions, last.start + coordinated[1]!.length, last.end);
  // "X was less diplomatic, going so far as to call it “Q”": a piece that opens with a participle has
  // the subject of the clause before it.
  // (Not a gerund that is the subject, with someone named after it: "abandoning likes allowed X to claim".)
  const participial = tokens.length > 0 && /^\p{Ll}+ing$/u.test(tokens[0]!.text) && pieces.length > 1
    && !mentions.some((m) => m.start >= last.start && m.end <= last.end);
  // The subject of the verb is after the last clause word of the piece ("… recalled that he said").
  if (!participial && tokens.length > 0 && clauseWord < tokens.length - 1) {
    return subjectOf(text, mentions, clauseWord < 0 ? last.start : last.start + tokens[clauseWord + 1]!.start, last.end);
  }
  // "X came in and said": the subject of the first verb of the piece; when that verb is one of saying
  // ("China’s ambassador accused … and warned that"), the words before it are the subject.
  if (!participial && tokens.length > 1 && opensWithSubject(last)) {
    const firstVerb = tokens.findIndex((_, k) => k > 0 && isReportingVerb(tokens, k));
    return subjectOf(text, mentions, last.start, firstVerb > 0 ? last.start + tokens[firstVerb]!.start : last.end);
  }
  // After a parenthetical ("X, asked about Y, replied") or a verb joined to an earlier one ("he asked
  // …, called … and said"): the first piece back that opens with a name, a capital or a pronoun.
  // A piece that opens with a name beats one that opens with a capital ("X, CEO of Y, adds").
  const opensWithName = (piece: { start: number; end: number }): boolean => mentions.some((m) => m.start >= piece.start
    && m.end <= piece.end && !tokenize(text.slice(subjectStart(piece), m.start)).some((t) => /^\p{Ll}/u.test(t.text)));
  const back = pieces.slice(0, -1).reverse();
  const piece = back.find((x) => opensWithSubject(x) && opensWithName(x)) ?? back.find(opensWithSubject);
  if (!piece) return null;
  // "X added that Y surfaced …, yelled “Q”": the verb joins the clause after "that", whose subject is Y.
  const inPiece = tokenize(text.slice(piece.start, piece.end));
  const that = inPiece.findLastIndex((t, k) => t.text === 'that' && k > 0 && k < inPiece.length - 1);
  if (that > 0 && isReportingVerb(inPiece, that - 1) && pieces.length >= 2 && last.end - last.start < 3) {
    const inner = subjectOf(text, mentions, piece.start + inPiece[that + 1]!.start, piece.end);
    if (inner.kind !== 'nobody') return inner;
  }
  return subjectOf(text, mentions, subjectStart(piece), piece.end);
}

// Verbs that stand before their subject after a comma ("…, said X").
const SAID_FIRST_WORDS = 'said|says|added|adds|wrote|writes|explained|noted';
const SAID_FIRST = new RegExp(`^(?:${SAID_FIRST_WORDS})$`, 'u');
const SAID_AFTER_COMMA = new RegExp(`,\\s*(?:${SAID_FIRST_WORDS})\\s`, 'u');

/**
 * The first ", said X" in `[from, to)` of `text` (a verb of SAID_FIRST after a comma, then its subject
 * up to the next comma), when X is a person or a pronoun; else null.
 */
function invertedAfterComma(text: string, mentions: Mention[], from: number, to: number): Subject | null {
  const m = SAID_AFTER_COMMA.exec(text.slice(from, to));
  if (!m) return null;
  const after = from + m.index + m[0].length - 1;
  const stop = /[,;:(—–]/u.exec(text.slice(after, to));
  const inverted = subjectOf(text, mentions, after, stop ? after + stop.index : to);
  return inverted.kind === 'person' || inverted.kind === 'pronoun' ? inverted : null;
}

/**
 * A reporting clause right after a quotation, in `[from, to)`: "said X[, the …]", "X said",
 * "X, the …, told Y", "he added", "as X put it". Null when the words there are not a reporting clause.
 */
export function clauseAfter(text: string, mentions: Mention[], from: number, to: number): Subject | null {
  const clause = /^[\s,.!?;:—–-]*(?:as\s+)?/u.exec(text.slice(from, to))!;
  const start = from + clause[0].length;
  const tokens = tokenize(text.slice(start, to));
  // Far enough for a name and its apposition ("X, a research analyst at the …-based Council on Energy,
  // Environment and Water think tank told"); the words before the first comma are checked below.
  const verb = tokens.findIndex((_, i) => i < 24 && isReportingVerb(tokens, i));
  if (verb < 0) return null;
  const verbAt = start + tokens[verb]!.start;
  if (verb === 0 || (verb === 1 && ADVERB.test(tokens[0]!.text))) {
    // "said X, the …": the subject follows the verb, up to a comma or the end.
    const after = start + tokens[verb]!.end;
    const stop = /[,;:(—–]|\s(?:in|on|at|when|after|of|to|who|while|during|from)\s/u.exec(text.slice(after, to));
    const end = stop ? after + stop.index : to;
    // "“Q1,” adding “Q2”": a participle with nothing after it goes on with the sentence's own subject,
    // unless a clause after a comma names who said it ("“Q” announced in October, said X").
    if (!/[\p{L}\p{N}]/u.test(text.slice(after, end))) return invertedAfterComma(text, mentions, after, to);
    const subject = subjectOf(text, mentions, after, end);
    // "said Ray’s lawyer, Ann Lee": the name in apposition to the role is the speaker.
    const apposed = subject.kind !== 'person' && subject.kind !== 'pronoun' && text[end] === ','
      ? mentions.find((m) => m.start > end && /^,\s*$/u.test(text.slice(end, m.start))) : undefined;
    return apposed ? { kind: 'person', actor: apposed.actor } : subject;
  }
  // "X[, the …,] said": the words before the first comma must be a short noun phrase.
  const head = text.slice(start, verbAt);
  // "“Q” in that law, X said.": a clause that closes the sentence after a comma reports all of it.
  const comma = head.lastIndexOf(',');
  if (comma >= 0 && /^[\s.!?"'”’)]*$/u.test(text.slice(start + tokens[verb]!.end, to)) && tokenize(head.slice(comma + 1)).length <= 3) {
    const closing = subjectOf(text, mentions, start + comma + 1, verbAt);
    if (closing.kind === 'person' || closing.kind === 'pronoun') return closing;
  }
  // "… “Q” in new manufacturing, said X, a … economist.": an inverted clause after a comma, naming a person.
  if (comma >= 0 && /^\s*$/u.test(head.slice(comma + 1)) && SAID_FIRST.test(tokens[verb]!.text)) {
    const inverted = invertedAfterComma(text, mentions, start + comma, to);
    if (inverted) return inverted;
  }
  const firstPiece = head.split(/[,(]/u)[0]!;
  // "scientist and study co-author X said": an "and" that joins two roles of the named subject.
  const pieceEnd = start + firstPiece.length;
  const joinsRoles = (t: Token): boolean => t.text === 'and' && mentions.some((m) => m.start >= start + t.end && m.end <= pieceEnd);
  // "X of the University of Otago in Dunedin, …, said": a name and where it works may run longer.
  const lead0 = mentions.find((m) => m.start === start);
  const placed = !!lead0 && /^\s+(?:of|at|from)\s/u.test(text.slice(lead0.end, pieceEnd));
  // "former Google engineer and Gmail inventor X told": a longer run of roles ends in the name before the verb.
  const namedLast = firstPiece === head && mentions.some((m) => m.start > start && /^\s*$/u.test(text.slice(m.end, verbAt)));
  if (tokenize(firstPiece).length > (placed ? 14 : namedLast ? 10 : 7) || tokenize(firstPiece).some((t) => CLAUSE_WORDS.has(t.text) && !joinsRoles(t))) return null;
  const subject = subjectBefore(text, mentions, start, verbAt);
  if (subject && subject.kind !== 'nobody') return subject;
  // "“Q,” X, a research analyst at the Council on Energy, Environment and Water told …": the
  // apposition's own commas hide where it ends; a clause that opens with a name alone is that person's.
  const lead = firstPiece !== head && lead0 && (placed || text.slice(lead0.end, pieceEnd).trim() === '') ? lead0 : undefined;
  return lead ? { kind: 'person', actor: lead.actor } : subject;
}
