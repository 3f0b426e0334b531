import type { Mention } from '../types';
import { trimWords, type QuoteDraft, type QuoteInput } from './find-quotes';
import { findQuoteSpans, quoteKey as key } from './quote-spans';
import { showsSpeaker } from './lexicon';

/**
 * The quotations of a headline. A headline is too terse to attribute by its grammar ("‘We had some
 * issues,’ exec says"), but it quotes the story: words the body quotes take the body's speaker (or
 * none, for a title or a slogan). Words the body does not quote are the speaker's only in the
 * headline's own "Name: “…”" form.
 */
export function findTitleQuotes(title: QuoteInput, body: readonly QuoteDraft[]): QuoteDraft[] {
  const out: QuoteDraft[] = [];
  const quoted = body.map((q) => ({ key: key(q.text), speaker: q.speaker }));
  for (const span of findQuoteSpans(title.text)) {
    if (span.depth > 0) continue;
    const words = trimWords(title.text, span);
    if (!words) continue;
    const k = key(words.text);
    // The body's quotation that holds these words: the headline often shortens it.
    const source = k.length >= 3 ? quoted.find((q) => q.key === k || (k.split(' ').length >= 3 && q.key.includes(k))) : undefined;
    const speaker = source ? source.speaker : namedBefore(title.text, title.mentions, span.open) ?? namedAfter(title.text, title.mentions, span.close);
    out.push({ text: words.text, speaker, block: title.id, start: words.start, end: words.start + words.text.length });
  }
  return out;
}

/**
 * "Anthony Lynn: “We needed …”": the person named right before a colon that opens the quotation; or
 * "Obama admits US gun laws are his ‘biggest frustration’": the person a headline opens with, when a
 * verb of saying follows the name.
 */
function namedBefore(text: string, mentions: readonly Mention[], open: number): string | null {
  const colon = /:\s*$/u.exec(text.slice(0, open));
  const m = colon ? mentions.find((x) => x.end === colon.index) : undefined;
  if (m) return m.actor;
  const first = mentions.find((x) => x.end <= open && /^[\s\p{P}]*$/u.test(text.slice(0, x.start)));
  const verb = first ? /^\s+(\p{Ll}+)\b/u.exec(text.slice(first.end, open)) : null;
  return first && verb && showsSpeaker(verb[1]!) ? first.actor : null;
}

/** "‘I found texts’ Jo Lee speaks out on …": the person named right after the quotation, speaking. */
function namedAfter(text: string, mentions: readonly Mention[], close: number): string | null {
  const m = mentions.find((x) => x.start >= close && /^[\s,:–—-]*$/u.test(text.slice(close, x.start)));
  const verb = m ? /^\s+(\p{Ll}+)\b/u.exec(text.slice(m.end)) : null;
  return m && verb && (showsSpeaker(verb[1]!) || /^(?:speaks|spoke)$/u.test(verb[1]!)) ? m.actor : null;
}
