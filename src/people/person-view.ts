/**
 * One person's page: names, roles, and the timeline of articles (site, date, title as a link, the role
 * given there, the quotes), with the reader's controls: forget the person, an article or a site,
 * merge with another person, split checked articles off. Stored text goes in only as textContent.
 */
import type { ArticleRecord, PersonSummary } from '../memory/types';
import { shortDate } from '../content/card-memory';

/** What the controls do; each resolves once the memory has changed. */
export interface PersonActions {
  forgetPerson(key: string): Promise<void>;
  forgetArticle(url: string): Promise<void>;
  forgetSite(site: string): Promise<void>;
  split(key: string, urls: string[]): Promise<void>;
  /** People (other than `key`) whose names contain `text`, for merging. */
  find(text: string): Promise<PersonSummary[]>;
  merge(into: string, other: string): Promise<void>;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function button(doc: Document, cls: string, text: string, run: () => Promise<void>): HTMLButtonElement {
  const b = el(doc, 'button', { type: 'button', class: cls }, text);
  b.addEventListener('click', () => void run());
  return b;
}

function mergeControl(doc: Document, person: PersonSummary, actions: PersonActions): HTMLElement {
  const box = el(doc, 'div', { class: 'merge' });
  const input = el(doc, 'input', { type: 'search', id: 'merge-q', placeholder: 'Same person as…', 'aria-label': 'Find a person to merge with' });
  const found = el(doc, 'ul', { id: 'merge-results' });
  input.addEventListener('input', async () => {
    const text = input.value;
    const people = text.trim() ? (await actions.find(text)).filter((p) => p.key !== person.key).slice(0, 8) : [];
    if (input.value !== text) return;
    found.replaceChildren(...people.map((p) => {
      const li = el(doc, 'li');
      li.append(button(doc, 'merge-with', `Merge with ${p.name} (${p.count} articles)`, () => actions.merge(person.key, p.key)));
      li.lastElementChild!.setAttribute('data-key', p.key);
      return li;
    }));
  });
  box.append(input, found);
  return box;
}

/** Renders a person's page into `into`. */
export function renderPerson(into: HTMLElement, person: PersonSummary, articles: ArticleRecord[], actions: PersonActions): void {
  const doc = into.ownerDocument;
  const plural = (n: number): string => `${n} article${n === 1 ? '' : 's'}`;
  into.replaceChildren(el(doc, 'h2', { 'data-person': person.key }, person.name));
  const others = person.names.filter((n) => n !== person.name);
  if (others.length) into.append(el(doc, 'p', { class: 'also' }, `Also named: ${others.join(', ')}`));
  into.append(el(doc, 'p', { class: 'roles' }, person.roles.length ? `Roles: ${person.roles.join('; ')}` : 'No role given'));
  const actionsRow = el(doc, 'div', { class: 'actions' });
  actionsRow.append(
    button(doc, 'forget-person', 'Forget this person', () => actions.forgetPerson(person.key)),
    button(doc, 'split', 'Split the checked articles into another person', () => {
      const urls = [...into.querySelectorAll<HTMLInputElement>('input.pick:checked')].map((b) => b.value);
      return urls.length && urls.length < articles.length ? actions.split(person.key, urls) : Promise.resolve();
    }),
  );
  into.append(actionsRow, mergeControl(doc, person, actions), el(doc, 'h3', {}, `In ${plural(articles.length)} you read`));
  const list = el(doc, 'ol', { class: 'timeline' });
  for (const a of articles) {
    const me = a.people.find((p) => p.key === person.key);
    const li = el(doc, 'li', { 'data-article': a.url });
    const pick = el(doc, 'input', { type: 'checkbox', class: 'pick', value: a.url, 'aria-label': `Choose “${a.title}”` });
    const when = el(doc, 'span', { class: 'when' }, ` ${a.site}, ${shortDate(a.readAt)} `);
    const link = el(doc, 'a', { href: a.url, target: '_blank', rel: 'noopener' }, a.title || a.url);
    li.append(pick, when, el(doc, 'br'), link);
    if (me?.role) li.append(el(doc, 'div', { class: 'role' }, me.role));
    for (const q of me?.quotes ?? []) li.append(el(doc, 'blockquote', {}, `“${q}”`));
    const row = el(doc, 'div', { class: 'article-actions' });
    row.append(
      button(doc, 'forget-article', 'Forget this article', () => actions.forgetArticle(a.url)),
      button(doc, 'forget-site', `Forget everything read on ${a.site}`, () => actions.forgetSite(a.site)),
    );
    li.append(row);
    list.append(li);
  }
  into.append(list);
}
