// The card's memory in jsdom: the titles of the other articles, as links, with site, date and role; text only.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/content/card-content';
import { shortDate } from '../../src/content/card-memory';
import type { Actor } from '../../src/model/types';

const doc = new JSDOM('').window.document;
const actor: Actor = { id: 'o', fullName: 'Maria Olsen', surname: 'Olsen', aliases: ['Olsen'], role: 'Special Envoy', mentionCount: 2 };
const nov2 = new Date(2026, 10, 2, 12).getTime();
const item = (title: string, role: string | null) => ({ url: 'https://news.example/x', title, site: 'news.example', readAt: nov2, role });

describe('the card remembers', () => {
  it.each([
    ['two articles', { key: 'maria-olsen', total: 2, recent: [item('Trade mission', 'Trade Commissioner'), item('<b>Geneva</b>', null)] },
      'In 2 other articles you readTrade missionnews.example, 2 Nov, Trade Commissioner<b>Geneva</b>news.example, 2 Nov'],
    ['more than it lists', { key: 'maria-olsen', total: 9, recent: [item('One', 'Envoy')] }, 'In 9 other articles you readOnenews.example, 2 Nov, Envoy'],
  ])('%s', (_, memory, text) => {
    const card = renderCard(doc, { kind: 'actor', actor, mentions: 2, quotes: [], memory });
    const part = card.querySelector('.memory')!;
    expect(part.textContent).toBe(text);
    expect(part.querySelector('b')).toBeNull();
    expect([...part.querySelectorAll('a')].every((a) => a.getAttribute('href') === 'https://news.example/x')).toBe(true);
  });
  it('says nothing when nothing is remembered', () => {
    expect(renderCard(doc, { kind: 'actor', actor, mentions: 2, quotes: [], memory: { key: 'k', total: 0, recent: [] } }).querySelector('.memory')).toBeNull();
  });
  it.each([
    [nov2, new Date(2026, 11, 1).getTime(), '2 Nov'],
    [nov2, new Date(2027, 0, 5).getTime(), '2 Nov 2026'],
  ])('dates %s as %s', (ms, now, text) => expect(shortDate(ms, now)).toBe(text));
});
