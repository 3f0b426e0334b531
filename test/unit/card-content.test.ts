// The card's content in jsdom: name, role, aliases, counts, and quotes that take the reader there.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { renderCard } from '../../src/content/card-content';
import type { Actor, Quote } from '../../src/model/types';

const doc = new JSDOM('').window.document;
const actor: Actor = { id: 'ann-lee', fullName: 'Ann Lee', surname: 'Lee', aliases: ['Lee', 'Mayor Lee'], role: 'Mayor', mentionCount: 3 };
const quote: Quote = { id: 'q0', text: '<b>we</b> won', speaker: 'ann-lee', block: 'p0', start: 0, end: 3 };

describe('renderCard', () => {
  it.each([
    ['a person', { kind: 'actor' as const, actor, mentions: 2, quotes: [quote] },
      'Ann LeeMayorAlso: Mayor LeeMentioned 2 times on this page · 1 quoteSaid here“<b>we</b> won”'],
    ['a person with no quotes', { kind: 'actor' as const, actor: { ...actor, aliases: ['Lee'], role: null }, mentions: 1, quotes: [] },
      'Ann LeeMentioned 1 time on this page'],
    ['a quote', { kind: 'quote' as const, quote, speaker: actor }, 'Quote fromAnn LeeMayor“<b>we</b> won”'],
  ])('shows %s, model text as text only', (_, subject, text) => {
    const card = renderCard(doc, subject);
    expect(card.textContent).toBe(text);
    expect(card.querySelector('b')).toBeNull();
  });

  it('takes the reader to a quote listed on a person’s card', () => {
    const goTo = vi.fn();
    renderCard(doc, { kind: 'actor', actor, mentions: 2, quotes: [quote] }, goTo).querySelector('button')!.click();
    expect(goTo).toHaveBeenCalledWith('q0');
  });
});
