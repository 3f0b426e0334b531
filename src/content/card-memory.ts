/** The card's memory: "In N other articles you read", each a link with its site, date and the role given there. */
import type { PersonRecall } from '../memory/types';

/** A reading date as "2 Nov" (with the year when it is not this year's). */
export function shortDate(ms: number, now: number = Date.now()): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** Styles for the memory part of the card (added to the card's shadow styles). */
export const CARD_MEMORY_CSS = `
.memory ul { max-height: 40vh; overflow: auto; }
.memory li { font-style: normal; }
.memory a { color: inherit; font-weight: 600; text-decoration: underline; text-decoration-thickness: 1px; }
.memory .where { display: block; color: #4b5563; font-size: 12.5px; }
.memory .where em { font-style: italic; }
@media (prefers-color-scheme: dark) { .memory .where { color: #cbd5e1; } }
`;

/** Builds the memory part of a person's card. Stored text goes in only as textContent. */
export function renderMemory(doc: Document, recall: PersonRecall): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'memory';
  const label = doc.createElement('div');
  label.className = 'label';
  label.textContent = `In ${recall.total} other article${recall.total === 1 ? '' : 's'} you read`;
  const list = doc.createElement('ul');
  for (const item of recall.recent) {
    const li = doc.createElement('li');
    const link = doc.createElement('a');
    link.href = item.url;
    link.textContent = item.title || item.url;
    const where = doc.createElement('span');
    where.className = 'where';
    where.textContent = `${item.site}, ${shortDate(item.readAt)}${item.role ? ', ' : ''}`;
    if (item.role) {
      const role = doc.createElement('em');
      role.textContent = item.role;
      where.append(role);
    }
    li.append(link, where);
    list.append(li);
  }
  box.append(label, list);
  return box;
}
