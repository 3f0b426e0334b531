// A person's page in jsdom: the timeline as text only, and each control calling the memory.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { renderPerson, type PersonActions } from '../../src/people/person-view';
import { derivePerson } from '../../src/memory/person-record';
import type { ArticleRecord } from '../../src/memory/types';

const doc = new JSDOM('<div id="p"></div>').window.document;
const articles: ArticleRecord[] = [
  { url: 'https://b.example/2', title: 'Trade <i>mission</i>', site: 'b.example', readAt: 2, people: [{ key: 'o', name: 'Olsen', role: 'Trade Commissioner', quotes: ['Trade is trust'] }] },
  { url: 'https://a.example/1', title: 'Geneva', site: 'a.example', readAt: 1, people: [{ key: 'o', name: 'Maria Olsen', role: 'Special Envoy', quotes: [] }] },
];
const person = derivePerson('o', articles.map((a) => ({ url: a.url, readAt: a.readAt, name: a.people[0]!.name, role: a.people[0]!.role })))!;
const other = derivePerson('o2', [{ url: 'https://c.example/3', readAt: 3, name: 'M. Olsen', role: null }])!;

function setup(): { box: HTMLElement; actions: { [K in keyof PersonActions]: ReturnType<typeof vi.fn> } } {
  const actions = { forgetPerson: vi.fn(async () => {}), forgetArticle: vi.fn(async () => {}), forgetSite: vi.fn(async () => {}),
    split: vi.fn(async () => {}), find: vi.fn(async () => [person, other]), merge: vi.fn(async () => {}) };
  const box = doc.getElementById('p')!;
  renderPerson(box, person, articles, actions as unknown as PersonActions);
  return { box, actions };
}

describe('renderPerson', () => {
  it('shows names, roles, and each article with its role and quotes, as text', () => {
    const { box } = setup();
    expect(box.querySelector('h2')!.textContent).toBe('Maria Olsen');
    expect(box.textContent).toContain('Also named: Olsen');
    expect(box.textContent).toContain('Roles: Special Envoy; Trade Commissioner');
    expect([...box.querySelectorAll('.timeline > li')].map((li) => li.getAttribute('data-article'))).toEqual(['https://b.example/2', 'https://a.example/1']);
    expect(box.querySelector('.timeline a')!.textContent).toBe('Trade <i>mission</i>');
    expect(box.querySelector('i')).toBeNull();
    expect(box.querySelector('blockquote')!.textContent).toBe('“Trade is trust”');
  });

  it.each<[string, (box: HTMLElement) => void, keyof PersonActions, unknown[]]>([
    ['forget the person', (b) => b.querySelector<HTMLElement>('.forget-person')!.click(), 'forgetPerson', ['o']],
    ['forget an article', (b) => b.querySelector<HTMLElement>('.forget-article')!.click(), 'forgetArticle', ['https://b.example/2']],
    ['forget a site', (b) => b.querySelectorAll<HTMLElement>('.forget-site')[1]!.click(), 'forgetSite', ['a.example']],
    ['split the checked articles', (b) => {
      b.querySelector<HTMLInputElement>('input.pick')!.checked = true;
      b.querySelector<HTMLElement>('.split')!.click();
    }, 'split', ['o', ['https://b.example/2']]],
  ])('%s', (_, act, action, args) => {
    const { box, actions } = setup();
    act(box);
    expect(actions[action]).toHaveBeenCalledWith(...args);
  });

  it('does not split off every article (nothing would be left)', () => {
    const { box, actions } = setup();
    for (const b of box.querySelectorAll<HTMLInputElement>('input.pick')) b.checked = true;
    box.querySelector<HTMLElement>('.split')!.click();
    expect(actions.split).not.toHaveBeenCalled();
  });

  it('merges with a person found by name, never with themselves', async () => {
    const { box, actions } = setup();
    const input = box.querySelector<HTMLInputElement>('#merge-q')!;
    input.value = 'olsen';
    input.dispatchEvent(new doc.defaultView!.Event('input'));
    await vi.waitFor(() => expect(box.querySelectorAll('.merge-with').length).toBe(1));
    box.querySelector<HTMLElement>('.merge-with')!.click();
    expect(actions.merge).toHaveBeenCalledWith('o', 'o2');
  });
});
