import type { Mention } from '../types';
import { SPEECH_PARTICIPLES, SPEECH_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { splitSentences, type Span } from './sentences';
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

// A closed pair, or a quotation left open at the end of a paragraph: it goes on in the next one.
const QUOTE_PAIRS = /“([^“”]+)”|"([^"]+)"|“([^“”]+)$/g;

interface Context {
  paragraphs: QuoteInput[];
  sentences: Span[][];
}

/** The first person named in the sentence before (p, s), looking back up to three sentences. */
function previousSubject(ctx: Context, p: number, s: number): string | null {
  for (let back = 1; back <= 3; back++) {
    let pi = p;
    let si = s - back;
    while (si < 0 && pi > 0) si += ctx.sentences[--pi]!.length;
    if (si < 0) return null;
    const span = ctx.sentences[pi]![si]!;
    const m = ctx.paragraphs[pi]!.mentions.find((x) => x.start >= span.start && x.end <= span.end);
    if (m) return m.actor;
  }
  return null;
}

/** The subject nearest before `at`: a named actor, or a pronoun resolved to the previous sentence's subject. */
function subjectBefore(ctx: Context, p: number, s: number, from: number, at: number): string | null {
  const { text, mentions } = ctx.paragraphs[p]!;
  const mention = [...mentions].reverse().find((m) => m.start >= from && m.end <= at);
  const pronoun = tokenize(text.slice(from, at)).reverse().find((t) => SUBJECT_PRONOUNS.has(t.text));
  // "He noted that a colleague had described …": the verb's subject is a common noun, nobody named.
  const nearest = Math.max(mention ? mention.end : from, pronoun ? from + pronoun.end : from);
  if (/\bthat\s+(?:a|an|the|one|some|another)\s+\p{Ll}+/u.test(text.slice(nearest, at))) return null;
  if (pronoun && (!mention || from + pronoun.start > mention.start)) return previousSubject(ctx, p, s);
  return mention?.actor ?? null;
}

/**
 * Attributes one quote with general rules, most specific first:
 * 1. a reporting clause right after it ("“Q,” said X" / "“Q,” X said" / "“Q,” she added");
 * 2. inside an opening participial clause ("Speaking after his “Q” talks, X suggested"): the main subject;
 * 3. a reporting verb before it in the sentence: that verb's subject ("X has revealed that Y is … “Q”").
 * A quote with none of these is nobody's (a scare quote or a title).
 */
function attribute(ctx: Context, p: number, s: number, qStart: number, qEnd: number): string | null {
  const { text, mentions } = ctx.paragraphs[p]!;
  const sentence = ctx.sentences[p]![s]!;
  // The rest of the sentence after the quote, up to another quotation mark (possibly empty). Not cut at
  // a period: "said Col. Jane Doe" must reach the name; the sentence splitter knows abbreviations.
  const afterClause = /^[^“”"]*/u.exec(text.slice(qEnd, sentence.end).replace(/^[,.!?]\s*/, ''))![0];
  const afterTokens = tokenize(afterClause);
  if (afterTokens.slice(0, 4).some((t) => SPEECH_VERBS.has(t.text.toLowerCase()))) {
    const clauseStart = text.indexOf(afterClause, qEnd);
    const m = mentions.find((x) => x.start >= clauseStart && x.end <= clauseStart + afterClause.length);
    const pronoun = afterTokens.slice(0, 4).find((t) => SUBJECT_PRONOUNS.has(t.text));
    if (pronoun && (!m || clauseStart + pronoun.start < m.start)) return previousSubject(ctx, p, s + 1);
    if (m) return m.actor;
  }
  const opening = tokenize(text.slice(sentence.start, sentence.end))[0];
  const comma = text.indexOf(',', qEnd);
  if (opening && SPEECH_PARTICIPLES.has(opening.text) && comma >= 0 && comma < sentence.end
    && text.lastIndexOf(',', qStart) < sentence.start) {
    const m = mentions.find((x) => x.start > comma && x.end <= sentence.end);
    if (m) return m.actor;
  }
  const before = tokenize(text.slice(sentence.start, qStart));
  const verb = [...before].reverse().find((t) => SPEECH_VERBS.has(t.text.toLowerCase()));
  if (verb) return subjectBefore(ctx, p, s, sentence.start, sentence.start + verb.start);
  return null;
}

/** Finds the direct quotes of the paragraphs (curly or straight quotation marks) and their speakers. */
export function findQuotes(paragraphs: QuoteInput[]): QuoteDraft[] {
  const ctx: Context = { paragraphs, sentences: paragraphs.map((p) => splitSentences(p.text)) };
  const out: QuoteDraft[] = [];
  paragraphs.forEach((para, p) => {
    for (const m of para.text.matchAll(QUOTE_PAIRS)) {
      const inner = m[1] ?? m[2] ?? m[3]!;
      const open = m.index! + 1;
      const lead = inner.length - inner.trimStart().length;
      const words = inner.trim().replace(/[\s,.;:]+$/u, '');
      if (!/\p{L}/u.test(words)) continue;
      const start = open + lead;
      const end = start + words.length;
      const s = Math.max(0, ctx.sentences[p]!.findIndex((x) => x.start <= start && start < x.end));
      let speaker = attribute(ctx, p, s, m.index!, m.index! + m[0].length);
      // A quote with no attribution of its own that follows an attributed one — later in the same
      // sentence ("“Q1,” he said, “Q2.”"), or as a sentence that is only a quote, in the same paragraph
      // or at the start of the next — continues the same speaker's words.
      const prev = out[out.length - 1];
      if (speaker === null && prev?.speaker) {
        const prevP = paragraphs.findIndex((x) => x.id === prev.block);
        const sentence = ctx.sentences[p]![s]!;
        const onlyQuote = para.text.slice(sentence.start, sentence.end).replace(/^[\s“"]+|[\s”".,!?]+$/gu, '').length <= words.length + 2;
        const prevSentence = prevP === p ? ctx.sentences[p]!.findIndex((x) => x.start <= prev.start && prev.start < x.end) : -1;
        if ((prevP === p && prevSentence === s) || (onlyQuote && (prevP === p || (prevP === p - 1 && s === 0)))) speaker = prev.speaker;
      }
      out.push({ text: words, speaker, block: para.id, start, end });
    }
  });
  return out;
}
