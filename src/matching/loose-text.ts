import { findMentions, type NameForms } from '../model/builder/find-mentions';
import { findQuotes } from '../model/builder/find-quotes';
import type { ArticleModel, Quote } from '../model/types';
import type { Annotation } from './align';

/** The name forms of a model's actors, longest first, as the builder's mention finder wants them. */
export function nameForms(model: ArticleModel): NameForms {
  return new Map(model.actors.map((a) => [a.id, [a.fullName, ...a.aliases, a.surname].sort((x, y) => y.length - x.length)]));
}

/**
 * Annotates text the model does not have (an update, a live line, an added quote) with the
 * builder's own rules: mentions of the model's actors by any of their name forms, and direct quotes
 * attributed to them. `offset` is where the text starts in the page text; `id` names its quotes.
 */
export function annotateLooseText(text: string, offset: number, id: string, forms: NameForms): { annotations: Annotation[]; quotes: Quote[] } {
  const mentions = findMentions(text, forms);
  const annotations: Annotation[] = mentions.map((m) => ({ kind: 'mention', actor: m.actor, start: offset + m.start, end: offset + m.end }));
  const quotes: Quote[] = [];
  findQuotes([{ id, text, mentions }]).forEach((q, i) => {
    if (q.speaker === null) return;
    const quote = { ...q, id: `${id}-q${i}` };
    quotes.push(quote);
    annotations.push({ kind: 'quote', speaker: q.speaker, quote: quote.id, start: offset + q.start, end: offset + q.end });
  });
  return { annotations, quotes };
}
