// Reporting verbs whose object is what was said, so a quotation anywhere in their clause is the subject's.
const CLAUSE_VERBS = new Set(`said says told tells added adds wrote writes tweeted argued argues insisted insists
  noted notes explained explains claimed claims stated states warned warns`.split(/\s+/));

/**
 * What a quotation's own sentence says of its speaker: a reporting clause before or after it,
 * "according to X", a colon after a sentence about someone, or a word that makes it a title.
 */
import type { PreparedParagraph } from './pronoun-reference';
import type { QuoteSpan } from './quote-spans';
import { clauseAfter, introducingVerb, isReportingVerb, subjectBefore, type Subject } from './reporting-clause';
import { tokenize } from './tokens';
import { WRITTEN_WORDS } from './lexicon';

// "sees Y as its “…”", "described the laws as ‘woefully deficient’": a verb of opinion or of saying
// whose object is described in the quoted words.
const SEES_AS = /\b(?:sees|saw|views|viewed|regards|regarded|considers|considered|introduced|introduces|touted|touts|billed|bills|described|describes|dismissed|dismisses|characterized|characterised|characterizes|characterises)\b[^.;:!?“”"]{0,80}\bas\s+(?:(?:a|an|the|its|his|her|their|one|of)\s+){0,2}$/u;

// A quotation right after one of these words is a name or a term, nobody's words ("the term “…”").
const NAMING_WORDS = new Set(`titled entitled nicknamed so-called slogan motto term word phrase hashtag label`.split(/\s+/));
// After a kind of work, only a quotation in capitals is its title ("the book “Fire and Fury”"): "called
// the play “ridiculous.”" judges a game.
const WORK_WORDS = new Set(`book books film films movie song songs album novel poem play essay article column paper
  show series podcast documentary caption headline banner`.split(/\s+/));

/**
 * What the quotation `q`, opening in sentence `s`, has for a speaker in its own sentence, most specific
 * first. `nextOpen` is where the next quotation opens (a clause after `q` stops there). Undefined when
 * the sentence says nothing (the quotation may continue another); `nobody` for a common noun or a title.
 */
export function ownSubject(para: PreparedParagraph, q: QuoteSpan, s: number, nextOpen: number): Subject | null | undefined {
  const { masked, mentions } = para;
  const sentence = para.sentences[s]!;
  const endIndex = para.sentences.findIndex((x) => x.start <= Math.max(q.open, q.close - 1) && Math.max(q.open, q.close - 1) < x.end);
  // "“Who is she?” X recalls": a question or exclamation ends the quotation, not the sentence.
  const asks = /[?!]["'”’]*$/u.test(para.masked.slice(q.open, q.close)) && para.sentences[endIndex]?.end === q.close;
  const endSentence = para.sentences[asks ? endIndex + 1 : endIndex] ?? para.sentences[endIndex] ?? sentence;
  const before = tokenize(masked.slice(sentence.start, q.open));
  const last = before[before.length - 1];
  if (last && NAMING_WORDS.has(last.text.toLowerCase())) return { kind: 'nobody' };
  if (last && WORK_WORDS.has(last.text.toLowerCase()) && /^[\s"'“‘]*[\p{Lu}\p{N}]/u.test(para.masked.slice(q.open, q.close))) return { kind: 'nobody' };
  // 1. introduced right before it: "X said: “Q”", "X told reporters, “Q”", "X said that “Q”".
  const verbAt = introducingVerb(masked, sentence.start, q.open);
  // 2. a reporting clause right after it: "“Q,” X said", "“Q,” said X, the …".
  const clause = (): Subject | null => clauseAfter(masked, mentions, q.close, Math.min(endSentence.end, nextOpen));
  if (verbAt >= 0) {
    const subject = subjectBefore(masked, mentions, sentence.start, verbAt);
    if (subject && subject.kind !== 'nobody') return subject;
    // "That mobility remains low suggests “Q” except …, Burtless said.": a thing's verb of saying
    // gives way to a person's clause that closes the sentence and so reports all of it.
    if (subject) {
      const closing = clause();
      return closing?.kind === 'person' || closing?.kind === 'pronoun' ? closing : subject;
    }
  }
  const after = clause();
  // 3. a reporting verb earlier in the sentence: "X warned that the plan “will fail”".
  // Only while the verb's clause goes on to the quotation: no sentence ends before it, and either a
  // "that" or colon ("X warned that the plan “will fail”") or a short object ("X called it a “failure”").
  const lastVerb = before.map((_, i) => isReportingVerb(before, i)).lastIndexOf(true);
  const gap = lastVerb >= 0 ? masked.slice(sentence.start + before[lastVerb]!.end, q.open) : '';
  // Verbs of saying take a bare clause too ("He said Thomas is …, and a plea would “ruin his life”").
  const says = lastVerb >= 0 && CLAUSE_VERBS.has(before[lastVerb]!.text.toLowerCase());
  // A question's topic ("the host asked about her “uncoupling”") is not the asker's words.
  const shortObject = tokenize(gap).length <= 6 && !(/^ask/u.test(before[lastVerb]?.text ?? '') && /^\s*about\b/u.test(gap));
  const earlier = (): Subject | null => lastVerb >= 0 && !/[.!?]["'”’]*\s*$/u.test(gap) && (says || /\bthat\b|:/u.test(gap) || shortObject)
    ? subjectBefore(masked, mentions, sentence.start, sentence.start + before[lastVerb]!.start) : null;
  // A clause after that names no person ("…, Yahoo Finance reported") cites where the words were read;
  // a person who said them earlier in the sentence ("X said in a memo that the “…”") is the speaker.
  if (after?.kind === 'nobody') {
    const said = earlier();
    return said && said.kind !== 'nobody' ? said : after;
  }
  if (after) return after;
  const subject = earlier();
  if (subject) return subject;
  // "X sees Stadia's lineup as its “Achilles heel”": a view of someone's, in their words.
  const view = SEES_AS.exec(masked.slice(sentence.start, q.open));
  if (view) {
    const viewer = subjectBefore(masked, mentions, sentence.start, sentence.start + view.index);
    if (viewer && viewer.kind !== 'nobody') return viewer;
  }
  // "“…,” local newspapers quote X as saying.": the one quoted, not the papers.
  const quotedAs = /^[\s,]*[^.;:“”"]{0,60}?\bquot(?:e|es|ed|ing)\s+[^.;:“”"]{1,60}?\s+as\s+saying\b/u.exec(masked.slice(q.close, Math.min(endSentence.end, nextOpen)));
  const quotedName = quotedAs && mentions.find((m) => m.start >= q.close && m.end <= q.close + quotedAs[0].length
    && /^(?:[’']s?)?\s+as\s+saying\b/u.test(masked.slice(m.end, m.end + 14)));
  if (quotedName) return { kind: 'person', actor: quotedName.actor };
  // "Arment’s insistence that “anyone can do this”": what a person's claim says, in their words.
  const claimant = mentions.filter((m) => m.start >= sentence.start && m.end <= q.open && CLAIM_OF.test(masked.slice(m.end, q.open))).pop();
  if (claimant) return { kind: 'person', actor: claimant.actor };
  // 4. "according to X, …", or after the quotation: "“…,” according to X."
  // (Further on in the sentence, too: "… to “lay the groundwork” for the summit, to be held in June,
  // according to Blinken’s explanations.")
  const ahead = /^(?:[\s,]*|[^“”";:]{1,120}?,\s+)according to\b([^,;.“”"]*)/iu.exec(masked.slice(q.close, Math.min(endSentence.end, nextOpen)));
  // ("In the words of X, “…”" is the same.)
  const according = /\b(?:according to|in the words of)\b([^,;]*)/iu.exec(masked.slice(sentence.start, q.open));
  if (ahead) {
    const from = q.close + ahead.index + ahead[0].length - ahead[1]!.length;
    const named = mentions.find((m) => m.start >= from && m.end <= from + ahead[1]!.length);
    return named ? { kind: 'person', actor: named.actor } : { kind: 'nobody' };
  }
  if (according) {
    const from = sentence.start + according.index + according[0].length - according[1]!.length;
    const named = mentions.find((m) => m.start >= from && m.end <= from + according[1]!.length);
    return named ? { kind: 'person', actor: named.actor } : { kind: 'nobody' };
  }
  // "“Q” – X, A Christmas Carol": an epigraph's or a pull quote's dash names whose words they are.
  const dash = /^\s*[—–]\s*/u.exec(masked.slice(q.close));
  const signed = dash && mentions.find((m) => m.start === q.close + dash[0].length && /^(?:[,(]|\s*$)/u.test(masked.slice(m.end, m.end + 2)));
  if (signed) return { kind: 'person', actor: signed.actor };
  // 5. "X, in his introduction: “Q”": after a colon, the sentence's subject when it opens the sentence.
  if (/:\s*$/u.test(masked.slice(sentence.start, q.open))) return openingPerson(para, s);
  return undefined;
}

/**
 * The person a sentence reports the words of ("Erekat said it was only the latest move."): the subject
 * of its reporting verb, when that is a named person. A quotation alone in the next paragraph is theirs.
 */
export function reportingPerson(para: PreparedParagraph, s: number): Subject | undefined {
  const sentence = para.sentences[s]!;
  const tokens = tokenize(para.masked.slice(sentence.start, sentence.end));
  // "X spoke to reporters." introduces the quotation that follows as well as "X said" does, though
  // "spoke" is no verb of quoting inside a sentence ("chanted “…” as X spoke").
  // ("Asked if …, X said it was possible": a participle opening the sentence is not its verb.)
  const v = tokens.findIndex((t, i) => !(i === 0 && FRONTED_PARTICIPLE.test(t.text)) && (isReportingVerb(tokens, i) || /^(?:spoke|speaks)$/u.test(t.text)));
  if (v < 0) return undefined;
  // "Sometimes employees don't follow the rules, he said.": the reporting clause closes the sentence.
  const subject = subjectBefore(para.masked, para.mentions, sentence.start, sentence.start + tokens[v]!.start)
    ?? clauseAfter(para.masked, para.mentions, sentence.start + (tokens[v - 1]?.end ?? 0), sentence.end);
  // "The president also admitted …": a definite role refers back to someone named.
  return subject?.kind === 'person' || subject?.kind === 'pronoun' || (subject?.kind === 'role' && subject.definite) ? subject : undefined;
}

const FRONTED_PARTICIPLE = /^(?:Asked|Pressed|Questioned|Told|Speaking|Talking|Writing)$/u;

// "X’s insistence that “…”", "X’s claim that the plan was “…”": a person's claim and what it says.
const CLAIM_OF = /^[’']s?\s+(?:\p{Ll}+\s+)?(?:insistence|claim|assertion|argument|contention|promise|pledge|warning|admission|boast|vow|complaint|accusation|declaration|plea|demand)\s+(?:that|:)\s*(?:[^.;:!?“”"]{0,60}\s)?$/u;

// "Lee’s statement read:", "Lee’s reply:": a possessive that opens the person's own writing (WRITTEN_WORDS).
const OWN_WRITING = new RegExp(`^[’']s?\\s+(?:\\p{Ll}+\\s+)?(?:${WRITTEN_WORDS}|response|reply|answer)s?\\b`, 'u');

/** The named person a sentence opens with, as its subject ("X, the …, once put it this way."). */
export function openingPerson(para: PreparedParagraph, s: number): Subject | undefined {
  const sentence = para.sentences[s]!;
  // "He’s philosophical about his new situation: “…”": a pronoun opening the sentence, to resolve.
  const opener = /^[\s“"]*(He|She)\b(?![’']d\b)/u.exec(para.masked.slice(sentence.start, sentence.end));
  if (opener) return { kind: 'pronoun', word: opener[1]!, at: sentence.start + opener.index + opener[0].length - opener[1]!.length };
  const m = para.mentions.find((x) => x.start >= sentence.start && x.end <= sentence.end);
  if (!m || tokenize(para.masked.slice(sentence.start, m.start)).some((t) => /^\p{Ll}/u.test(t.text))) return undefined;
  // "Lee’s aide, in a letter:" is the aide's; "Lee’s statement read:" is Lee's.
  if (/^[’']/u.test(para.masked.slice(m.end, m.end + 1))
    && !OWN_WRITING.test(para.masked.slice(m.end, m.end + 40))) {
    // "Lee’s lawyer, Ann Roe, had a statement:": the one the apposition names.
    const named = para.mentions.find((x) => x.start > m.end && x.end <= sentence.end);
    return named && /^[’']s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s*$/u.test(para.masked.slice(m.end, named.start)) ? { kind: 'person', actor: named.actor } : undefined;
  }
  return { kind: 'person', actor: m.actor };
}

