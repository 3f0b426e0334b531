import type { Actor, Quote } from '../model/types';
import type { PersonRecall } from '../memory/types';
import { renderMemory } from './card-memory';

/** What a card shows: a person, or a quote and its speaker. */
export type CardSubject =
  | { kind: 'actor'; actor: Actor; mentions: number; quotes: Quote[]; memory?: PersonRecall }
  | { kind: 'quote'; quote: Quote; speaker: Actor };

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Builds the card's inner DOM. Model text goes in only as textContent, never as markup. `goTo` is
 * called with a quote id when the reader clicks a quote listed on a person's card.
 */
export function renderCard(doc: Document, subject: CardSubject, goTo: (quoteId: string) => void = () => {}): HTMLElement {
  const card = el(doc, 'div', 'card');
  const person = subject.kind === 'actor' ? subject.actor : subject.speaker;
  if (subject.kind === 'quote') card.append(el(doc, 'div', 'label', 'Quote from'));
  card.append(el(doc, 'div', 'name', person.fullName));
  if (person.role) card.append(el(doc, 'div', 'role', person.role));
  if (subject.kind === 'actor') {
    const said = subject.quotes.length;
    const aliases = subject.actor.aliases.filter((a) => a !== subject.actor.surname);
    if (aliases.length) card.append(el(doc, 'div', 'meta aliases', `Also: ${aliases.join(', ')}`));
    card.append(el(doc, 'div', 'meta', `Mentioned ${plural(subject.mentions, 'time')} on this page${said ? ` · ${plural(said, 'quote')}` : ''}`));
    if (said) {
      card.append(el(doc, 'div', 'label', 'Said here'));
      const list = el(doc, 'ul', 'quotes');
      for (const q of subject.quotes) {
        const item = el(doc, 'li', 'quote');
        const button = el(doc, 'button', 'quote-link', `“${q.text}”`);
        button.setAttribute('type', 'button');
        button.title = 'Go to this quote';
        button.addEventListener('click', () => goTo(q.id));
        item.append(button);
        list.append(item);
      }
      card.append(list);
    }
    if (subject.memory?.recent.length) card.append(renderMemory(doc, subject.memory));
  } else {
    const list = el(doc, 'ul', 'quotes');
    list.append(el(doc, 'li', 'quote', `“${subject.quote.text}”`));
    card.append(list);
  }
  return card;
}
