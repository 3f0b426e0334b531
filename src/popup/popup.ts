/**
 * The popup: the outline of the article in the active tab (or in tab ID with `popup.html?tab=ID`):
 * title and kicker, the sections with their people and quotes (click to go there), the people (click
 * for their next mention), the quotes (click to go to each), the match status, and the per-site switch.
 */
import type { Outline, OutlineReply } from '../platform/messages';
import { activeTabId, openExtensionPage, readSettings, sendToTab, tabSite, writeSettings } from '../platform/browser';
import { renderMemoryLinks, renderMemoryNotice } from './memory-panel';
import { annotatesSite } from '../platform/settings';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

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
    const li = el('li');
    const button = el('button', { type: 'button', 'data-block': s.block }, s.heading);
    if (s.current) button.setAttribute('aria-current', 'location');
    if (!s.found) {
      button.disabled = true;
      li.append(button, el('span', { class: 'missing-tag' }, ' (not on this page)'));
    } else li.append(button);
    button.addEventListener('click', () => void sendToTab(tabId, { type: 'scroll-to', block: s.block }));
    const meta = [s.actors.join(', '), s.quotes ? plural(s.quotes, 'quote') : ''].filter(Boolean).join(' · ');
    if (meta) li.append(el('span', { class: 'section-meta' }, meta));
    sections.append(li);
  }
  app.append(sections);

  app.append(el('h2', {}, 'People'));
  const actors = el('ul', { id: 'actors' });
  for (const a of o.actors) {
    const li = el('li', { 'data-actor': a.id });
    const button = el('button', { type: 'button', class: 'actor-name', title: 'Go to the next mention' }, a.fullName);
    button.addEventListener('click', () => void sendToTab(tabId, { type: 'reveal', kind: 'actor', id: a.id }));
    li.append(button, el('span', { class: 'actor-count', title: 'mentions on this page' }, String(a.mentions)));
    if (a.role) li.append(el('span', { class: 'actor-role' }, a.role));
    actors.append(li);
  }
  app.append(actors);

  const placed = o.quotes.filter((q) => q.found);
  if (placed.length) {
    app.append(el('h2', {}, 'Quotes'));
    const quotes = el('ul', { id: 'quotes' });
    for (const q of placed) {
      const speaker = o.actors.find((a) => a.id === q.speaker)?.fullName ?? '';
      const button = el('button', { type: 'button', 'data-quote': q.id }, `“${q.text}”`);
      button.append(el('span', { class: 'quote-speaker' }, ` — ${speaker}`));
      button.addEventListener('click', () => void sendToTab(tabId, { type: 'reveal', kind: 'quote', id: q.id }));
      quotes.append(el('li'));
      quotes.lastElementChild!.append(button);
    }
    app.append(quotes);
  }

  if (o.missing.length) {
    app.append(el('h2', {}, 'Not found on this page'));
    const list = el('ul', { id: 'missing' });
    for (const m of o.missing) list.append(el('li', { class: 'missing' }, `${m}…`));
    app.append(list);
  }
}

/** "Annotations on this site": remembered in storage.sync, applied to the tab at once. */
function renderSiteSwitch(app: HTMLElement, tabId: number, site: string, enabled: boolean): void {
  if (!site) return;
  const label = el('label', { class: 'site-switch' });
  const box = el('input', { type: 'checkbox', id: 'site-enabled' });
  box.checked = enabled;
  label.append(box, ` Annotations on ${site}`);
  box.addEventListener('change', async () => {
    // The site becomes an exception when the reader's choice differs from the default, and stops being one otherwise.
    const { siteExceptions, annotateByDefault } = await readSettings();
    const others = siteExceptions.filter((s) => s !== site);
    await writeSettings({ siteExceptions: box.checked === annotateByDefault ? others : [...others, site] });
    // A page that carries no article does not listen (see render): nothing there to switch.
    await sendToTab(tabId, { type: 'set-enabled', enabled: box.checked }).catch(() => false);
    await render();
  });
  app.append(label);
}

/** Asks the page for its outline and (re)draws the popup. */
async function render(): Promise<void> {
  const app = document.getElementById('app')!;
  app.replaceChildren(el('p', { class: 'status', id: 'status' }, 'Reading the page…'));
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
    // The everywhere-script listens only on a page that passed its gate (so as to cost the others
    // nothing): an http(s) page that does not answer carries no article it recognised.
    const site = await tabSite(tabId);
    const enabled = site !== '' && annotatesSite(await readSettings(), site);
    if (!site) return void (status.textContent = 'Dramatis cannot read this page (browser pages and stores are off limits, or the page is still loading).');
    reply = { status: 'none', reason: enabled ? 'No article recognised on this page' : 'Annotations are off on this site', site, enabled };
  }
  status.remove();
  if (reply?.status !== 'annotated') {
    app.append(el('p', { class: 'status', id: 'none' }, reply?.status === 'none' ? reply.reason : 'No article recognised on this page'));
  } else {
    renderOutline(app, tabId, reply.outline);
  }
  const footer = el('footer');
  renderSiteSwitch(footer, tabId, reply?.site ?? '', reply?.enabled ?? true);
  renderMemoryLinks(footer, reply?.status === 'annotated' ? reply.outline : null, reply?.site ?? '');
  if (!inTab) {
    const link = el('a', { href: '#', id: 'open-in-tab' }, 'Open in a tab');
    link.addEventListener('click', (e) => {
      e.preventDefault();
      void openExtensionPage(`popup.html?tab=${tabId}`).then(() => window.close());
    });
    footer.append(link);
  }
  app.append(footer);
  await renderMemoryNotice(app);
}

void render();
