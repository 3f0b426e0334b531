// The built extension in real Chromium and Firefox, on every page fixture: the DOM contract of
// shared/contract.md, the hover card and the popup, with the same expectations as the jsdom tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnnotations, fixtures, FIXTURES_DIR, modelFor, shippedModel } from '../support/fixtures';
import { letterKey } from '../../src/matching/normalize';
import { snapshotPage, type PageSnapshot } from '../support/page-snapshot';
import { liveBlogHtml } from '../support/live-blog';
import { htmlText, REALPAGES_DIR, realPages } from '../support/realpages';
import { serve } from '../../scripts/lib/static-server.mjs';
import { launch, type BrowserName, type Session, type Tab } from '../../scripts/lib/browser-session';

const model = shippedModel();
const SHOTS = path.resolve('test-results');
const GENERATED = path.resolve('node_modules/.cache/dramatis/e2e-pages');
const LIVE_BLOG_ROUNDS = 150;
mkdirSync(SHOTS, { recursive: true });

/** The page's text as served, parsed without the extension: what body.textContent must still be. */
const ORIGINAL_TEXT = `fetch(location.href).then((r) => r.text())
  .then((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent)`;
/** The live fixture's text once its script has rendered it: #story holds #story-src's elements. */
const ORIGINAL_LIVE_TEXT = `fetch(location.href).then((r) => r.text()).then((html) => {
  const d = new DOMParser().parseFromString(html, 'text/html');
  d.getElementById('story').replaceChildren(...Array.from(d.getElementById('story-src').content.children, (n) => n.cloneNode(true)));
  return d.body.textContent;
})`;
/** The article element as served, parsed without the extension: what switching off must restore. */
const PRISTINE_ARTICLE = `fetch(location.href).then((r) => r.text())
  .then((h) => new DOMParser().parseFromString(h, 'text/html').querySelector('article').outerHTML)`;
/** How many mentions the plain-article fixture carries. */
const PLAIN_TOTAL = Object.values(fixtures().find((f) => f.name === 'plain-article')!.expected.mentions).reduce((a, b) => a + b, 0);
/** The open card's text, or null when no card is showing. */
const CARD_TEXT = `(() => {
  const c = document.querySelector('dramatis-card');
  if (!c || getComputedStyle(c).display === 'none' || !c.shadowRoot) return null;
  return c.shadowRoot.textContent;
})()`;
const CARD_RECT = `(() => { const r = document.querySelector('dramatis-card').shadowRoot.querySelector('.card').getBoundingClientRect();
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right, vw: innerWidth, vh: innerHeight }; })()`;
/** Console lines that show the extension failing: its own messages, or errors thrown from its scripts. */
const extensionTrouble = (logs: string[]): string[] =>
  logs.filter((l) => /dramatis|extension context|(chrome|moz)-extension:\/\//i.test(l));

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (browserName) => {
  let session: Session;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    // Real pages are served with scripts and every other host blocked: their publishers' servers are
    // out of reach here, and waiting on them would only time out.
    const offline = { 'content-security-policy': "default-src 'self' data: 'unsafe-inline'; script-src 'none'" };
    // The hostile fixture gets a strict CSP in a header as well as in its meta tag.
    const strict = { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" };
    mkdirSync(path.join(GENERATED, 'live-blog'), { recursive: true });
    writeFileSync(path.join(GENERATED, 'live-blog', 'page.html'), liveBlogHtml(LIVE_BLOG_ROUNDS));
    server = await serve({ '/fixtures/': FIXTURES_DIR, '/realpages/': REALPAGES_DIR, '/generated/': GENERATED }, {
      headers: (url) => (url.startsWith('/realpages/') ? offline : url.startsWith('/fixtures/hostile-page/') ? strict : {}),
    });
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  describe.each(fixtures())('$name', ({ name, expected }) => {
    const model = modelFor(expected);
    let tab: Tab;
    beforeAll(async () => {
      tab = await session.newTab();
      await tab.goto(`${server.url}/fixtures/${name}/page.html`);
      // A live page renders late, re-renders, then grows: wait for its last change and our answer.
      if (expected.live) await tab.waitFor(`document.documentElement.dataset.liveDone === 'true'`, 10_000);
      const total = Object.values(expected.mentions).reduce((a, b) => a + b, 0);
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length >= ${total}`, 5000);
    });
    afterAll(async () => tab?.close());

    it('annotates every mention and quote of the article, nothing outside it, and keeps the text', async () => {
      const original = await tab.evaluate<string>(expected.live ? ORIGINAL_LIVE_TEXT : ORIGINAL_TEXT);
      const snap = await tab.evaluate<PageSnapshot>(`(${snapshotPage.toString()})(document, ${JSON.stringify(expected.untouched)})`);
      expectAnnotations(snap, expected, model, original);
      expect(extensionTrouble(tab.logs)).toEqual([]);
    });

    it('shows a card with name and role on hover, and hides it when the pointer leaves', async () => {
      for (const actor of model.actors) {
        await tab.hover(`dramatis-mention[data-actor="${actor.id}"]`);
        await tab.waitFor(`(${CARD_TEXT}) !== null`, 2000);
        const text = await tab.evaluate<string>(CARD_TEXT);
        expect(text).toContain(actor.fullName);
        if (actor.role) expect(text).toContain(actor.role);
        const r = await tab.evaluate<{ top: number; left: number; bottom: number; right: number; vw: number; vh: number }>(CARD_RECT);
        expect(r.top).toBeGreaterThanOrEqual(0);
        expect(r.left).toBeGreaterThanOrEqual(0);
        expect(r.right).toBeLessThanOrEqual(r.vw);
        expect(r.bottom).toBeLessThanOrEqual(r.vh);
        if (actor === model.actors[0]) await tab.screenshot(path.join(SHOTS, `${browserName}-${name}-card.png`));
        await tab.mouseMove(2, 780);
        await tab.waitFor(`(${CARD_TEXT}) === null`, 2000);
      }
    });

    it('shows the card on keyboard focus and closes it on Escape', async () => {
      const actor = model.actors[1]!;
      await tab.bringToFront();
      await tab.evaluate(`document.querySelector('dramatis-mention[data-actor="${actor.id}"]').focus()`);
      await tab.waitFor(`(${CARD_TEXT}) !== null`, 2000);
      expect(await tab.evaluate<string>(CARD_TEXT)).toContain(actor.fullName);
      await tab.press('Escape');
      await tab.waitFor(`(${CARD_TEXT}) === null`, 2000);
    });

    it('shows the speaker when a quote is hovered', async () => {
      const quote = model.quotes.find((q) => q.speaker)!;
      const speaker = model.actors.find((a) => a.id === quote.speaker)!;
      await tab.hover(`dramatis-quote[data-quote="${quote.id}"]`);
      await tab.waitFor(`(${CARD_TEXT}) !== null`, 2000);
      const text = await tab.evaluate<string>(CARD_TEXT);
      expect(text).toContain(speaker.fullName);
      expect(text).toContain(quote.text);
      await tab.mouseMove(2, 780);
      await tab.waitFor(`(${CARD_TEXT}) === null`, 2000);
    });

    it('popup: title, sections in order, people with roles, and a click scrolls to the section', async () => {
      const popup = await session.openPopupFor(tab);
      try {
        await popup.setViewport(380, 640);
        expect(await popup.evaluate<string>(`document.querySelector('#title').textContent`)).toBe(model.title.text);
        const headings = await popup.evaluate<string[]>(`Array.from(document.querySelectorAll('#sections button'), (b) => b.textContent)`);
        expect(headings).toEqual(expected.sections);
        const people = await popup.evaluate<string>(`document.querySelector('#actors').textContent`);
        for (const a of model.actors) {
          expect(people).toContain(a.fullName);
          if (a.role) expect(people).toContain(a.role);
        }
        expect(await popup.evaluate<string>(`document.querySelector('#source').textContent`)).toMatch(expected.generic ? /built from this page/ : /shipped/);
        expect(await popup.evaluate<string>(`document.querySelector('#match').textContent`)).toContain(`${expected.paragraphs[0]} of ${expected.paragraphs[1]}`);
        // What could not be placed is listed.
        expect(await popup.evaluate<number>(`document.querySelectorAll('#missing li').length`)).toBe(expected.paragraphs[1] - expected.paragraphs[0]);
        await popup.screenshot(path.join(SHOTS, `${browserName}-${name}-popup.png`));
        // People: a click goes to the person's next mention and opens its card.
        const first = model.actors[0]!;
        await popup.click(`#actors li[data-actor="${first.id}"] button`);
        await tab.waitFor(`document.activeElement?.getAttribute('data-actor') === ${JSON.stringify(first.id)}`, 3000);
        await tab.press('Escape');
        for (const [i, heading] of expected.sections.entries()) {
          await tab.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
          await tab.waitFor('scrollY + innerHeight >= document.documentElement.scrollHeight - 2');
          await popup.click(`#sections li:nth-child(${i + 1}) button`);
          const inView = `(() => {
            const el = Array.from(document.querySelectorAll('body *')).filter((e) => e.textContent.trim() === ${JSON.stringify(heading)}).pop();
            const r = el.getBoundingClientRect();
            return r.top >= -1 && r.bottom <= innerHeight + 1;
          })()`;
          await tab.waitFor(inView, 3000).catch(() => {});
          expect(await tab.evaluate(inView), `section ${i + 1}, "${heading}", in view`).toBe(true);
        }
      } finally {
        await popup.close();
      }
    });
  });

  it('real publishers’ pages: annotations only inside the article, never on a page that is not news, no errors', async () => {
    const tab = await session.newTab();
    try {
      for (const { name, expected, meta } of realPages()) {
        await tab.goto(`${server.url}/realpages/${name}/source.html`);
        await tab.waitFor(`document.readyState === 'complete'`);
        await new Promise((r) => setTimeout(r, 400)); // document_idle, then the work in slices
        // The text of the block around each annotation (the headline aside, which the extract omits).
        const blocks = await tab.evaluate<string[]>(`Array.from(document.querySelectorAll('dramatis-mention, dramatis-quote'),
          (a) => a.closest('p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, div')?.textContent ?? '')
          .filter((t) => !Array.from(document.querySelectorAll('h1'), (h) => h.textContent.trim()).includes(t.trim()))`);
        const article = letterKey(htmlText(expected));
        const outside = blocks.filter((b) => !article.includes(letterKey(b)));
        expect(outside, name).toEqual([]);
        if (!meta.readerable || name === 'wikipedia' || name === 'ehow-1') expect(blocks, name).toEqual([]);
      }
      expect(extensionTrouble(tab.logs)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('hostile page: strict CSP, hostile CSS and patched prototypes change nothing; markup in a quote stays text', async () => {
    const tab = await session.newTab();
    try {
      await tab.goto(`${server.url}/fixtures/hostile-page/page.html`);
      const quote = `Array.from(document.querySelectorAll('dramatis-quote')).find((q) => q.textContent.includes('<img'))`;
      // What is on screen is annotated first, the rest in idle time: wait for the quote, below the fold.
      await tab.waitFor(quote);
      expect(await tab.evaluate<string>(`${quote}.textContent`)).toBe('<img src=x onerror=alert(1)>');
      expect(await tab.evaluate<number>(`document.querySelectorAll('article img').length`)).toBe(0);
      await tab.hover('dramatis-quote[data-quote^="x"]');
      await tab.waitFor(`(${CARD_TEXT}) !== null`, 2000);
      expect(await tab.evaluate<string>(CARD_TEXT)).toContain('<img src=x onerror=alert(1)>');
      // The card's own styles hold against the page's `* { all: revert }` and !important colours.
      const look = await tab.evaluate<{ bg: string; radius: string; shadowImgs: number }>(`(() => {
        const root = document.querySelector('dramatis-card').shadowRoot;
        const s = getComputedStyle(root.querySelector('.card'));
        return { bg: s.backgroundColor, radius: s.borderTopLeftRadius, shadowImgs: root.querySelectorAll('img').length };
      })()`);
      expect(look).toEqual({ bg: 'rgb(255, 255, 255)', radius: '10px', shadowImgs: 0 });
      // The mention's underline (an inset shadow: paint only, no box-model change) survives too.
      const mark = await tab.evaluate<{ shadow: string; border: string }>(`(() => {
        const s = getComputedStyle(document.querySelector('dramatis-mention'));
        return { shadow: s.boxShadow, border: s.borderBottomStyle };
      })()`);
      expect(mark).toEqual({ shadow: expect.stringMatching(/inset/), border: 'none' });
      await tab.mouseMove(2, 790);
      await tab.waitFor(`(${CARD_TEXT}) === null`, 2000);
      // A mention just below the fixed header: its card must not open up under the header.
      const at = await tab.evaluate<{ x: number; y: number }>(`(() => {
        const m = document.querySelectorAll('dramatis-mention')[8];
        window.scrollBy(0, m.getBoundingClientRect().top - 70);
        const r = m.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`);
      await tab.mouseMove(at.x, at.y);
      await tab.waitFor(`(${CARD_TEXT}) !== null`, 2000);
      const r = await tab.evaluate<{ top: number; bottom: number; vh: number }>(CARD_RECT);
      expect(r.top).toBeGreaterThanOrEqual(52);
      expect(r.bottom).toBeLessThanOrEqual(r.vh);
      await tab.screenshot(path.join(SHOTS, `${browserName}-hostile-card.png`));
      expect(await tab.evaluate('window.__hostile')).toEqual({ alerts: 0, shadows: 0 });
      expect(extensionTrouble(tab.logs)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('live blog of 1,350 paragraphs: every copy of every paragraph is annotated', async () => {
    const tab = await session.newTab();
    const paragraphs = model.sections.flatMap((s) => s.paragraphs);
    const mentions = LIVE_BLOG_ROUNDS * paragraphs.reduce((n, p) => n + p.mentions.length, 0);
    const named = LIVE_BLOG_ROUNDS * paragraphs.filter((p) => p.mentions.length > 0).length;
    try {
      await tab.goto(`${server.url}/generated/live-blog/page.html`);
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length >= ${mentions}`, 20_000);
      expect(await tab.evaluate<number>(`document.querySelectorAll('dramatis-mention').length`)).toBe(mentions);
      expect(await tab.evaluate<number>(`Array.from(document.querySelectorAll('article p')).filter((p) => p.querySelector('dramatis-mention')).length`)).toBe(named);
      expect(await tab.evaluate<number>(`document.querySelectorAll('dramatis-quote').length`)).toBeGreaterThanOrEqual(LIVE_BLOG_ROUNDS * model.quotes.length);
      expect(extensionTrouble(tab.logs)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('the per-site switch turns annotations off (the article’s DOM exactly as served), is remembered after a reload, and back on', async () => {
    const tab = await session.newTab();
    const total = PLAIN_TOTAL;
    const pristine = PRISTINE_ARTICLE;
    const url = `${server.url}/fixtures/plain-article/page.html`;
    try {
      await tab.goto(url);
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length === ${total}`);
      let popup = await session.openPopupFor(tab);
      await popup.click('#site-enabled');
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length === 0`);
      expect(await tab.evaluate<string>(`document.querySelector('article').outerHTML`)).toBe(await tab.evaluate<string>(pristine));
      await popup.close();
      await tab.goto(url);
      await new Promise((r) => setTimeout(r, 800));
      expect(await tab.evaluate<number>(`document.querySelectorAll('dramatis-mention').length`)).toBe(0);
      popup = await session.openPopupFor(tab);
      expect(await popup.evaluate<boolean>(`document.querySelector('#site-enabled').checked`)).toBe(false);
      await popup.click('#site-enabled');
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length === ${total}`);
      await popup.close();
    } finally {
      await tab.close();
    }
  });

  it('keyboard commands, as the background passes them on: toggle restores the DOM exactly and back; next mention takes focus', async () => {
    const tab = await session.newTab();
    const total = PLAIN_TOTAL;
    const pristine = PRISTINE_ARTICLE;
    try {
      await tab.goto(`${server.url}/fixtures/plain-article/page.html`);
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length === ${total}`);
      const ext = await session.openPopupFor(tab);
      const tabId = await ext.evaluate<number>(`Number(new URLSearchParams(location.search).get('tab'))`);
      // The toolbar badge counts the people found on the page.
      expect(await ext.evaluate<string>(`(globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: ${tabId} })`))
        .toBe(String(model.actors.length));
      // The shortcuts are registered with the browser (a real key press goes to the browser's own
      // accelerators, which neither CDP nor WebDriver BiDi can reach; the command's handling is below).
      const shortcuts = await ext.evaluate<{ name: string; shortcut: string }[]>(`(globalThis.browser ?? globalThis.chrome).commands.getAll()`);
      expect(shortcuts.map((c) => [c.name, c.shortcut.replace(/\s/g, '')]).filter(([n]) => n !== '_execute_action').sort())
        .toEqual([['next-mention', 'Alt+Shift+J'], ['toggle-annotations', 'Alt+Shift+D']]);
      const command = (name: string): Promise<unknown> =>
        ext.evaluate(`(globalThis.browser ?? globalThis.chrome).tabs.sendMessage(${tabId}, { type: 'command', command: '${name}' })`);
      await command('toggle-annotations');
      expect(await tab.evaluate<string>(`document.querySelector('article').outerHTML`)).toBe(await tab.evaluate<string>(pristine));
      await command('toggle-annotations');
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length === ${total}`);
      await tab.bringToFront();
      await command('next-mention');
      await command('next-mention');
      expect(await tab.evaluate<boolean>(`document.activeElement === document.querySelectorAll('dramatis-mention')[1]`)).toBe(true);
      await ext.close();
    } finally {
      await tab.close();
    }
  });

  // Last: it reloads the extension, and so would disturb any test after it.
  it('an extension reload or update under an open page throws nothing there, annotates nothing twice, and the new version reaches it', async () => {
    const tab = await session.newTab();
    const total = PLAIN_TOTAL;
    try {
      await tab.goto(`${server.url}/fixtures/plain-article/page.html`);
      await tab.waitFor(`document.querySelectorAll('dramatis-mention').length === ${total}`);
      await session.reloadExtension();
      // The page changes afterwards: whichever content script now runs there sees it.
      await tab.evaluate(`document.querySelector('article').append(Object.assign(document.createElement('p'), { textContent: 'A late line with no names at all, added by the page.' }))`);
      await new Promise((r) => setTimeout(r, 1200));
      expect(await tab.evaluate<number>(`document.querySelectorAll('dramatis-mention').length`)).toBe(total);
      expect(await tab.evaluate<number>(`document.querySelectorAll('dramatis-mention dramatis-mention, dramatis-quote dramatis-quote').length`)).toBe(0);
      await tab.hover(`dramatis-mention[data-actor="${model.actors[0]!.id}"]`);
      await tab.waitFor(`(${CARD_TEXT}) !== null`, 2000);
      // The new version's popup, badge and commands reach the tab opened before the update: the
      // background put the new content script into it (Chrome would leave it the orphaned old one).
      const popup = await session.openPopupFor(tab);
      try {
        expect(await popup.evaluate<string>(`document.querySelector('#title').textContent`)).toBe(model.title.text);
        const tabId = await popup.evaluate<number>(`Number(new URLSearchParams(location.search).get('tab'))`);
        const api = '(globalThis.browser ?? globalThis.chrome)';
        await popup.waitFor(`${api}.action.getBadgeText({ tabId: ${tabId} }).then((t) => t === '${model.actors.length}')`, 3000);
        await popup.evaluate(`${api}.tabs.sendMessage(${tabId}, { type: 'command', command: 'toggle-annotations' })`);
        expect(await tab.evaluate<number>(`document.querySelectorAll('dramatis-mention').length`)).toBe(0);
        await popup.evaluate(`${api}.tabs.sendMessage(${tabId}, { type: 'command', command: 'toggle-annotations' })`);
        await tab.waitFor(`document.querySelectorAll('dramatis-mention').length === ${total}`);
      } finally {
        await popup.close();
      }
      expect(extensionTrouble(tab.logs)).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
