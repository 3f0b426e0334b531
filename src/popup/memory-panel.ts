/**
 * The popup's part of the memory: the one-time notice that Dramatis remembers (with a one-click off),
 * the link to the people page, and the article's schema.org JSON-LD as a download (`a#export-jsonld`).
 */
import { jsonLdDataUrl } from '../model/to-jsonld';
import { openExtensionPage, readMemorySettings, writeMemorySettings } from '../platform/browser';
import type { Outline } from '../platform/messages';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The first time only: says that Dramatis remembers the people of articles read, with a button to stop it. */
export async function renderMemoryNotice(app: HTMLElement): Promise<void> {
  const settings = await readMemorySettings();
  // Says when the question is settled, for tests (the notice comes after the outline).
  app.dataset.notice = settings.noticeSeen || !settings.remember ? 'seen' : 'shown';
  if (app.dataset.notice === 'seen') return;
  const box = el('div', { class: 'memory-notice', id: 'memory-notice', role: 'note' });
  box.append(el('p', {}, `Dramatis remembers the people in the articles you read, so a card can tell you where you met them before. It is kept only in this browser, never in private windows, and forgotten after ${settings.retentionDays ? `${settings.retentionDays} days` : 'you erase it'}.`));
  const off = el('button', { type: 'button', id: 'memory-off' }, 'Turn remembering off');
  const ok = el('button', { type: 'button', id: 'memory-ok' }, 'OK');
  off.addEventListener('click', () => void writeMemorySettings({ remember: false, noticeSeen: true }).then(() => box.replaceChildren(el('p', {}, 'Remembering is off. Turn it back on in the settings.'))));
  ok.addEventListener('click', () => void writeMemorySettings({ noticeSeen: true }).then(() => box.remove()));
  box.append(off, ok);
  app.prepend(box);
}

/** The article's JSON-LD download link, and the way to the people page. */
export function renderMemoryLinks(footer: HTMLElement, outline: Outline | null, site: string): void {
  if (outline) {
    const link = el('a', { id: 'export-jsonld', href: jsonLdDataUrl(outline), download: `${site || 'article'}.jsonld`,
      title: 'This article’s people and quotes as schema.org JSON-LD' }, 'Download as JSON-LD');
    footer.append(link, ' ');
  }
  const people = el('a', { href: '#', id: 'open-people' }, 'Who’s who in your reading');
  people.addEventListener('click', (e) => {
    e.preventDefault();
    void openExtensionPage('people.html').then(() => window.close());
  });
  footer.append(people, ' ');
}
