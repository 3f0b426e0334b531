/**
 * The popup: the outline of the article in the active tab (or in tab ID with `popup.html?tab=ID`):
 * title and kicker, the sections (click to scroll the page there), the people and the match status.
 */
import type { Outline, OutlineReply } from '../platform/messages';
import { activeTabId, openExtensionPage, sendToTab } from '../platform/browser';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderOutline(app: HTMLElement, tabId: number, o: Outline): void {
  if (o.kicker) app.append(el('p', { class: 'kicker', id: 'kicker' }, o.kicker));
  app.append(el('h1', { id: 'title' }, o.title));
  app.append(el('p', { class: 'source', id: 'source' },
    o.source === 'page' ? 'Model built from this page, in your browser' : 'Model shipped with Dramatis'));
  const { found, total } = o.paragraphs;
  const status = el('p', { class: 'status', id: 'match' }, `Matched ${found} of ${total} paragraphs on this page`);
  const meter = el('div', { class: 'meter', role: 'img', 'aria-label': `${Math.round((100 * found) / Math.max(1, total))}% matched` });
  const fill = el('span');
  fill.style.width = `${(100 * found) / Math.max(1, total)}%`;
  meter.append(fill);
  app.append(status, meter);

  app.append(el('h2', {}, 'Sections'));
  const sections = el('ol', { id: 'sections' });
  for (const s of o.sections) {
    const button = el('button', { type: 'button', 'data-block': s.block }, s.heading);
    if (!s.found) {
      button.disabled = true;
      button.append(' ', el('span', { class: 'missing-tag' }, '(not on this page)'));
    }
    button.addEventListener('click', () => void sendToTab(tabId, { type: 'scroll-to', block: s.block }));
    sections.append(el('li'));
    sections.lastElementChild!.append(button);
  }
  app.append(sections);

  app.append(el('h2', {}, 'People'));
  const actors = el('ul', { id: 'actors' });
  for (const a of o.actors) {
    const li = el('li', { 'data-actor': a.id });
    li.append(el('span', { class: 'actor-name' }, a.fullName));
    li.append(el('span', { class: 'actor-count', title: 'mentions on this page' }, String(a.mentions)));
    if (a.role) li.append(el('span', { class: 'actor-role' }, a.role));
    actors.append(li);
  }
  app.append(actors);

  if (o.missing.length) {
    app.append(el('h2', {}, 'Not found on this page'));
    const list = el('ul', { id: 'missing' });
    for (const m of o.missing) list.append(el('li', { class: 'missing' }, `${m}…`));
    app.append(list);
  }
}

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const status = document.getElementById('status')!;
  const param = new URLSearchParams(location.search).get('tab');
  const inTab = param !== null;
  document.body.classList.toggle('in-tab', inTab);
  const tabId = inTab ? Number(param) : await activeTabId();
  if (tabId === undefined || !Number.isInteger(tabId)) {
    status.textContent = 'No tab to show.';
    return;
  }
  let reply: OutlineReply;
  try {
    reply = await sendToTab<OutlineReply>(tabId, { type: 'get-outline' });
  } catch {
    status.textContent = 'Dramatis cannot read this page (browser pages and stores are off limits, or the page is still loading).';
    return;
  }
  status.remove();
  if (reply?.status !== 'annotated') {
    app.append(el('p', { class: 'status', id: 'none' }, reply?.reason ?? 'No article recognised on this page'));
  } else {
    renderOutline(app, tabId, reply.outline);
  }
  if (!inTab) {
    const footer = el('footer');
    const link = el('a', { href: '#', id: 'open-in-tab' }, 'Open in a tab');
    link.addEventListener('click', (e) => {
      e.preventDefault();
      void openExtensionPage(`popup.html?tab=${tabId}`).then(() => window.close());
    });
    footer.append(link);
    app.append(footer);
  }
}

void main();
