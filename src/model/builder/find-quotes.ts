import type { Mention } from '../types';
import { quotedTitles } from './capitalized-runs';
import { descriptionCue, gendersOf, introducedUnnamed, pronounGender, resolvePronoun, resolveRole, type Gender, type PreparedParagraph } from './pronoun-reference';
import { findQuoteSpans, quoteKey, type QuoteSpan } from './quote-spans';
import { introducingVerb, subjectBefore, type Subject } from './reporting-clause';
import { openingPerson, ownSubject, reportingPerson } from './quote-sentence';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';

/** A paragraph as the quote finder needs it: its text and the actor mentions already found. */
export interface QuoteInput {
  id: string;
  text: string;
  mentions: Mention[];
}

/** A quote before it gets an id. */
export interface QuoteDraft {
  text: string;
  speaker: string | null;
  block: string;
  start: number;
  end: number;
}

/** One quotation being attributed: where it is, and what its own sentence says of its speaker. */
interface Item {
  p: number;
  span: QuoteSpan;
  /** Index of the sentence it opens in. */
  s: number;
  /** The quotation alone is its sentence (nothing but punctuation around it). */
  alone: boolean;
  /** Its sentence decided: a speaker, or nobody named (a common noun, a title); undefined: no clause. */
  subject?: Subject | null;
  speaker: string | null;
  decided: boolean;
  /** A name used as a word (the “Pose” actor): no one's, and no link in a chain of quotations. */
  title: boolean;
  /** Its index in the output, once written. */
  entry?: number;
}

/** What comes right before a nickname: "he calls", "dubbed him", "known as". */
const NAMED_AS = /\b(?:calls?|called|calling|dubs?|dubbed|nicknamed?|known\s+as|branded|labell?ed)\s+(?:(?:him|her|them|it|\p{Lu}[\p{L}’'-]*)\s+)?$/u;

/** A verb that carries a speaker's words on ("…,” he added."). */
const CONTINUING = /^\s+(?:added|adds|continued|continues|went\s+on)\b/u;

/** A verb of answering right after a pronoun ("…,” she replied."). */
const ANSWER_VERB = /^\s+(?:replied|replies|answered|answers|responded|responds)\b/u;

/** The words right after a subject pronoun, where its verb is: enough for CONTINUING and ANSWER_VERB. */
const afterPronoun = (masked: string, subject: { at: number; word: string }): string =>
  masked.slice(subject.at + subject.word.length, subject.at + subject.word.length + 16);

/** The paragraph with each letter inside a top-level quotation masked, so quoted words are not narrative. */
function mask(text: string, spans: QuoteSpan[]): string {
  let offset = 0;
  let out = '';
  for (const q of spans.filter((x) => x.depth === 0)) {
    out += text.slice(offset, q.start) + text.slice(q.start, q.end).replace(/\p{Lu}/gu, 'X').replace(/[\p{Ll}\p{Lo}\p{N}]/gu, 'x');
    offset = q.end;
  }
  // "he’d shout", "she’ll say": the pronoun is the subject; the contracted modal is blanked (same length).
  return (out + text.slice(offset)).replace(/(?<=\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e))[’'](?:d|ll)\b/gu, (c) => ' '.repeat(c.length));
}

/**
 * The paragraph before `p`, when it is a question put in narration (no quotation, ending in "?") about
 * someone by a subject pronoun ("How social was she?"): that pronoun, to resolve, and its sentence. Else null.
 */
function askedAbout(paragraphs: QuoteInput[], spans: QuoteSpan[][], prepared: PreparedParagraph[], p: number): { subject: Subject; s: number } | null {
  if (p === 0 || spans[p - 1]!.length > 0 || !/\?\s*$/u.test(paragraphs[p - 1]!.text)) return null;
  const before = prepared[p - 1]!;
  const pronoun = tokenize(before.masked).find((t) => /^(?:he|she)$/iu.test(t.text));
  if (!pronoun) return null;
  const s = Math.max(0, before.sentences.findIndex((x) => x.start <= pronoun.start && pronoun.start < x.end));
  return { subject: { kind: 'pronoun', word: pronoun.text, at: pronoun.start }, s };
}

/** The words in `[from, to)` end in a colon and name no one, not even by a pronoun ("That led to a realization:"). */
function introducedByNoOne(para: PreparedParagraph, from: number, to: number): boolean {
  const words = para.masked.slice(from, to);
  return /:\s*$/u.test(words) && !para.mentions.some((m) => m.start >= from && m.start < to) && !/\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]his)\b/u.test(words);
}

/**
 * Finds the direct quotes of the paragraphs (curly or straight, double or single marks) and their
 * speakers. `genderPriors`: the gender each person's given name usually has, when known.
 */
export function findQuotes(paragraphs: QuoteInput[], genderPriors?: ReadonlyMap<string, Gender>): QuoteDraft[] {
  const spans = paragraphs.map((p) => findQuoteSpans(p.text));
  const prepared: PreparedParagraph[] = paragraphs.map((p, i) => {
    const top = spans[i]!.filter((q) => q.depth === 0);
    return {
      masked: mask(p.text, top),
      mentions: p.mentions.filter((m) => !top.some((q) => m.start >= q.start && m.end <= q.end)),
      sentences: splitSentences(p.text),
    };
  });
  const genders = gendersOf(prepared, genderPriors);
  const resolve = (subject: Subject | null | undefined, p: number, s: number, exclude?: string | null): string | null => {
    if (!subject || subject.kind === 'nobody') return null;
    if (subject.kind === 'person') return subject.actor;
    // "said the actor": the person given that role, else, like "the 42-year-old", the nearest one named.
    if (subject.kind === 'role') {
      const named = resolveRole(prepared, p, subject.at, subject.noun);
      // (An office in capitals, "The High Commissioner said", is no one's the article did not give it to.)
      if (named || !subject.definite || subject.titled || introducedUnnamed(prepared, p, subject.at, subject.noun)) return named;
      return resolvePronoun(prepared, genders, p, s, subject.at, descriptionCue(subject.noun), exclude);
    }
    const answers = ANSWER_VERB.test(afterPronoun(prepared[p]!.masked, subject));
    return resolvePronoun(prepared, genders, p, s, subject.at, subject.word, exclude, answers);
  };

  const items: Item[] = [];
  const out: QuoteDraft[] = [];
  /** A paragraph with no person named and no quotation: narration. */
  const namesNoOne = (p: number): boolean => prepared[p]!.mentions.length === 0 && !/\b(?:he|she|they)\b/iu.test(prepared[p]!.masked) && spans[p]!.length === 0;
  paragraphs.forEach((para, p) => {
    const prep = prepared[p]!;
    const sentenceOf = (at: number): number => Math.max(0, prep.sentences.findIndex((x) => x.start <= at && at < x.end));
    const top = spans[p]!.filter((q) => q.depth === 0);
    const own = new Map<QuoteSpan, Item>();
    // Up to three words quoted with no punctuation of their own and then followed by a lowercase word:
    // a name used as a word (the “Pose” actor), not speech (“We won,” said …).
    const quoted = (x: QuoteSpan): string => para.text.slice(x.start, x.end).trim();
    const named = (x: QuoteSpan): boolean => {
      const words = quoted(x);
      return words.split(/\s+/u).length <= 3 && !/[,.;:!?…]$/u.test(words) && /^\s+\p{Ll}/u.test(para.text.slice(x.close));
    };
    const titles = quotedTitles(para.text);
    top.forEach((q, k) => {
      const s = sentenceOf(q.open);
      const sentence = prep.sentences[s]!;
      const endS = prep.sentences[sentenceOf(Math.max(q.open, q.close - 1))]!;
      const rest = prep.masked.slice(sentence.start, q.open) + prep.masked.slice(q.close, endS.end);
      // A clause after the quotation runs to the next one, past such a name inside it (the “Pose” actor said).
      const next = top.slice(k + 1).find((x) => !named(x));
      // So is a quotation in title case ("“Takin’ It To the Streets”"): a work's name.
      const words = quoted(q);
      const title = (named(q) && /^\p{Lu}/u.test(words)) || (titles.some((t) => t.start === q.open) && !/[.!?…]['’”"]*$/u.test(words))
        // A word quoted in the possessive ("the “whistleblower’s” identity") qualifies a noun; no one said it.
        || /^[\p{L}-]+(?:[’']s|s[’'])$/u.test(words)
        // A name someone is called ("the candidate he calls “Mini Mike.”"): a nickname, no one's words.
        || (/^(?:\p{Lu}[\p{L}’'.-]*\s*){1,3}[.!,]?$/u.test(words) && NAMED_AS.test(prep.masked.slice(Math.max(0, q.open - 40), q.open)));
      const subject: Subject | null | undefined = title ? { kind: 'nobody' } : ownSubject(prep, q, s, next?.open ?? para.text.length);
      const item: Item = { p, span: q, s, alone: !/[\p{L}\p{N}]/u.test(rest), subject, speaker: resolve(subject, p, s), decided: subject !== undefined, title };
      // "“Q2,” he added": the one who said the quotation before, in this paragraph or the last, when
      // the pronoun fits them; the nearest person named may be someone the narration only mentions.
      if (subject?.kind === 'pronoun' && subject.word && CONTINUING.test(afterPronoun(prep.masked, subject))) {
        const before = [...items.filter((x) => x.p === p - 1), ...own.values()].filter((x) => x.speaker !== null).pop();
        const want = pronounGender(subject.word);
        const fits = before && (!want || !genders.has(before.speaker!) || genders.get(before.speaker!) === want);
        if (before && fits) item.speaker = before.speaker;
      }
      own.set(q, item);
    });
    // Quotations with no clause of their own take the speaker of another in the same sentence, then of
    // the quotation they continue, then of the person the sentence before is about.
    top.forEach((q) => {
      const item = own.get(q)!;
      if (!item.decided) {
        const sameSentence = top.map((x) => own.get(x)!).filter((x) => x !== item && x.decided && x.s === item.s);
        const previousInSentence = sameSentence.filter((x) => x.span.open < q.open).pop();
        const shared = previousInSentence ?? sameSentence.find((x) => x.span.open > q.open);
        const prev = items[items.length - 1];
        const sentenceLike = q.unclosed || /[.!?…]["'”’)]*$/u.test(quoted(q)) || (prev?.span.unclosed ?? false);
        const asked = item.alone && item.s === 0 && q.open === 0 ? askedAbout(paragraphs, spans, prepared, p) : null;
        if (shared) item.speaker = shared.speaker;
        // (Not a quotation no one was given two sentences back, "known as “Suresh”": the sentence
        // right before says whose words these are.)
        // A paragraph of narration naming no one between is the speaker's point going on ("This
        // includes increases in the cost of food." between two of X's quotations).
        else if (prev && item.alone && ((prev.p === p && (prev.speaker !== null || prev.s >= item.s - 1))
          || ((prev.p === p - 1 || (prev.p === p - 2 && namesNoOne(p - 1))) && item.s === 0 && sentenceLike))) item.speaker = prev.speaker;
        else if (item.alone && item.s > 0) item.speaker = resolve(openingPerson(prep, item.s - 1) ?? reportingPerson(prep, item.s - 1), p, item.s - 1);
        // An interviewer's question told as narration ("But hasn't she had to turn down offers?"), then a
        // paragraph opening with the answer: the words of the one the question asks about.
        else if (asked) item.speaker = resolve(asked.subject, p - 1, asked.s);
        // A quotation opening a paragraph after one that reports someone's words, with no quotation of its own.
        else if (item.alone && item.s === 0 && p > 0 && sentenceLike && !(prev && prev.p === p - 1)) {
          // The paragraph's last sentence that reports someone's words ("The president also admitted that
          // … However, he defended his decision …" before "“Well, they're not ideal …”").
          const before = prepared[p - 1]!;
          for (let s = before.sentences.length - 1; s >= 0 && item.speaker === null; s--) item.speaker = resolve(reportingPerson(before, s), p - 1, s);
        }
        // "That process led to a realization: “Q”" after a paragraph of X's quotations, naming no one: X's.
        else if (prev && prev.p === p - 1 && prev.speaker && item.s === 0 && introducedByNoOne(prep, 0, q.open)) item.speaker = prev.speaker;
        // "“Q1,” says X. That led to “Q2”": words quoted in the sentence after a speaker's quotation are theirs.
        else if (prev && prev.p === p && prev.s === item.s - 1 && prev.speaker) item.speaker = prev.speaker;
      }
      // "“Q1 …" left open for a paragraph whose "“Q2,” X said." names the speaker of both.
      const open = items[items.length - 1];
      if (open && open.p === p - 1 && open.span.unclosed && !open.decided && open.speaker === null && open.entry !== undefined
        && item.s === 0 && q.open === 0 && item.speaker !== null) {
        open.speaker = item.speaker;
        out[open.entry]!.speaker = item.speaker;
      }
      if (!item.title) items.push(item);
      const words = trimWords(para.text, q);
      if (words) {
        item.entry = out.length;
        out.push({ text: words.text, speaker: item.speaker, block: para.id, start: words.start, end: words.start + words.text.length });
      }
      // A quotation inside this one: its own entry, after it.
      for (const inner of spans[p]!.filter((x) => x.depth > 0 && x.open > q.open && x.close <= q.close)) {
        const w = trimWords(para.text, inner);
        if (w) out.push({ text: w.text, speaker: innerSpeaker(paragraphs[p]!, inner, q, item.speaker, (subject) => resolve(subject, p, item.s, item.speaker)), block: para.id, start: w.start, end: w.start + w.text.length });
      }
    });
  });
  // "“…” ¶ That’s the optimistic view mouthed by X, …": the next paragraph opens by saying whose
  // words they were, for the quotations of a paragraph that named no speaker.
  // (Asked when the paragraph's last quotation is one of them.)
  const unattributed = (x: Item): boolean => x.speaker === null && !x.decided && x.entry !== undefined;
  prepared.forEach((_, p) => {
    const own = items.filter((x) => x.p === p);
    const next = prepared[p + 1];
    if (!next || !own.length || !unattributed(own[own.length - 1]!)) return;
    const opener = WHOSE_WORDS.exec(next.masked);
    const owner = opener ? next.mentions.find((m) => m.start === opener[0].length) : undefined;
    if (owner) for (const x of own.filter(unattributed)) out[x.entry!]!.speaker = owner.actor;
  });
  // A paragraph that is only a quotation nobody is given ("“My fears have been realized”", a subhead or
  // a pull quote) repeats words the story quotes: they are the speaker's there. Three words at least:
  // a single word quoted again ("irregular") is a term, not a repeated quotation.
  for (const item of items) {
    if (item.speaker !== null || item.entry === undefined || spans[item.p]!.filter((q) => q.depth === 0).length !== 1) continue;
    const k = quoteKey(out[item.entry]!.text);
    if (!item.alone || k.split(' ').length < 3) continue;
    const others = out.filter((_, i) => i !== item.entry).map((q) => ({ key: quoteKey(q.text), speaker: q.speaker }));
    const source = others.find((q) => q.speaker !== null && q.key.includes(k));
    // Quoted as a term inside that quotation too ("the ‘Giuliani problem’"): a name for something, no one's words.
    const term = others.some((q) => q.speaker === null && q.key.includes(' ') && k.includes(q.key));
    if (source && !term) out[item.entry]!.speaker = source.speaker;
  }
  return out;
}

// "That’s the optimistic view mouthed by X", "That was the verdict of X", "So says X": whose words those were.
const WHOSE_WORDS = /^\s*(?:(?:That|This)(?:[’']s|\s+is|\s+was)\s+(?:[\p{Ll}-]+\s+){0,6}?(?:by|of|from)|So\s+(?:says|said))\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?/u;

/** A quotation's words without marks, surrounding space or trailing punctuation; null when there are no words. */
export function trimWords(text: string, q: QuoteSpan): { text: string; start: number } | null {
  const inner = text.slice(q.start, q.end);
  const lead = inner.length - inner.trimStart().length;
  const words = inner.trim().replace(/[\s,.;:]+$/u, '');
  return /\p{L}/u.test(words) ? { text: words, start: q.start + lead } : null;
}

/**
 * A quotation inside a quotation is someone's only when the outer words introduce it: "… and he said,
 * ‘Q’"; "… and I said: ‘Q’" quotes the outer speaker's own words.
 */
function innerSpeaker(para: QuoteInput, inner: QuoteSpan, outer: QuoteSpan, outerSpeaker: string | null, resolve: (s: Subject | null) => string | null): string | null {
  const verbAt = introducingVerb(para.text, outer.start, inner.open);
  // "… but I always think of it like this: ‘Q’": the speaker's own thought, set out after a colon.
  const lead = para.text.slice(outer.start, inner.open);
  if (verbAt < 0) return /:\s*$/u.test(lead) && /(?:^|[^\p{L}])I\s/u.test(lead.slice(lead.search(/[^.!?…]*$/u))) ? outerSpeaker : null;
  // "So I called her up and said ‘Q’": no other subject between "I" and the verb.
  const between = /(?:^|[^\p{L}])I\s+((?:[\p{Ll}’']+\s+){0,5})$/u.exec(para.text.slice(outer.start, verbAt));
  if (between && !/\b(?:he|she|they|we|you|it)\b/u.test(between[1]!)) return outerSpeaker;
  const mentions = para.mentions.filter((m) => m.start >= outer.start && m.end <= inner.open);
  return resolve(subjectBefore(para.text, mentions, outer.start, verbAt));
}
