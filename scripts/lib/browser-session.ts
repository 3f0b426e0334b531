/**
 * One interface over the two real browsers with the built extension loaded: Chromium driven by
 * playwright-core (CDP) and Firefox driven by puppeteer-core (WebDriver BiDi). Tests are written once
 * against `Session` and `Tab` and run in both.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath, firefoxPath } from './browsers.mjs';

export type BrowserName = 'chromium' | 'firefox';

/** A browser tab, whichever driver runs it. */
export interface Tab {
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression (a string, so that no transpiler helper leaks into the page). */
  evaluate<T>(expression: string): Promise<T>;
  waitFor(expression: string, timeout?: number): Promise<void>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** The URL the tab shows. */
  url(): string;
  /** Makes this the focused tab (focus events only fire in a focused window). */
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Console messages and uncaught errors seen so far. */
  logs: string[];
  close(): Promise<void>;
}

/** A tab in a private window, which the driver does not control: read through the extension. */
export interface PrivateTab {
  /** How many elements match `selector` in it now. */
  count(selector: string): Promise<number>;
  close(): Promise<void>;
}

export interface Session {
  name: BrowserName;
  /** Resolves when the reader closes the browser (headed use). */
  closed: Promise<void>;
  newTab(): Promise<Tab>;
  /** Opens the popup as a tab (popup.html?tab=ID) for the given tab, whose content script must answer. */
  openPopupFor(tab: Tab): Promise<Tab>;
  /** Reloads (Chromium) or reinstalls (Firefox) the extension while pages stay open, as an update does. */
  reloadExtension(): Promise<void>;
  /**
   * Allows the extension in private windows, as a reader can, and opens `url` in one. Chromium only:
   * Firefox's WebDriver BiDi cannot install an add-on allowed in private windows (bug 1947679).
   */
  openPrivate?(url: string): Promise<PrivateTab>;
  close(): Promise<void>;
}

const EXT_ID_FIREFOX = 'dramatis@dramatis.dev';
// A fixed internal UUID, so the test knows the moz-extension:// origin in advance.
const FIREFOX_UUID = '7a1c9e52-3b44-4f0e-9d6a-2c8f5e0b1d37';

/**
 * Waits until `evaluate` returns something truthy. Polls from outside rather than using the drivers'
 * waitForFunction, which compiles the predicate in the page and so fails under a strict CSP.
 */
async function poll(evaluate: () => Promise<unknown>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await evaluate().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for: ${what.slice(0, 200)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function wrapPlaywright(page: PwPage): Tab {
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${e.message} @ ${e.stack ?? ''}`));
  return {
    logs,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (expr) => page.evaluate(expr),
    waitFor: (expr, timeout) => poll(() => page.evaluate(`!!(${expr})`), expr, timeout),
    hover: (sel) => page.hover(sel),
    click: (sel) => page.click(sel),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file) => void (await page.screenshot({ path: file })),
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage): Tab {
  const logs: string[] = [];
  page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`pageerror: ${(e as Error).message} @ ${(e as Error).stack ?? ''}`));
  return {
    logs,
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) {
        // BiDi navigation to extension pages never reports completion: start it, then wait for the page.
        void page.goto(url).catch(() => {});
        await poll(() => page.evaluate(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`), url, 10_000);
      } else await page.goto(url);
    },
    evaluate: <T>(expr: string) => page.evaluate(expr) as Promise<T>,
    waitFor: (expr, timeout) => poll(() => page.evaluate(`!!(${expr})`), expr, timeout),
    hover: (sel) => page.hover(sel),
    click: (sel) => page.click(sel),
    mouseMove: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (file) => void (await page.screenshot({ path: file as `${string}.png` })),
    close: () => page.close(),
  };
}

// Run inside an extension page: the id of the tab showing `url` whose content script answers. Firefox
// shows the extension the URLs its content scripts match; Chrome does not (no "tabs" permission), so
// there the newest other tab that answers is taken.
const findTab = (url: string): string => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const own = (await api.tabs.getCurrent()).id;
  const tabs = (await api.tabs.query({})).filter((t) => t.id !== own).sort((a, b) => b.id - a.id);
  const same = tabs.filter((t) => t.url === ${JSON.stringify(url)});
  for (const t of same.length ? same : tabs.filter((t) => t.url === undefined)) {
    try { await api.tabs.sendMessage(t.id, { type: 'get-outline' }); return t.id; } catch {}
  }
  return null;
})()`;

async function popupFor(open: () => Promise<Tab>, base: string, page: Tab): Promise<Tab> {
  const popup = await open();
  await popup.goto(`${base}/popup.html?tab=-1`);
  const id = await popup.evaluate<number | null>(findTab(page.url()));
  if (id === null) throw new Error(`no tab showing ${page.url()} with a Dramatis content script answered`);
  await popup.goto(`${base}/popup.html?tab=${id}`);
  // Wait for the reply to be rendered, not just the page: #status is there from the start.
  await popup.waitFor(`document.querySelector('#title, #none') || document.getElementById('status')?.textContent.startsWith('Dramatis cannot')`);
  return popup;
}

export interface LaunchOptions {
  /** Show a window (needs a display). Default: headless. */
  headed?: boolean;
  /** The unpacked extension to load. Default: build/chrome or build/firefox. */
  extensionDir?: string;
}

/** Starts a browser with the built extension (build/chrome or build/firefox) loaded. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  const headless = !options.headed;
  if (name === 'chromium') {
    const ext = path.resolve(options.extensionDir ?? 'build/chrome');
    const profile = mkdtempSync(path.join(os.tmpdir(), 'dramatis-chromium-'));
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless,
      viewport: headless ? { width: 1280, height: 800 } : null,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const newTab = async (): Promise<Tab> => wrapPlaywright(await context.newPage());
    const closed = new Promise<void>((resolve) => context.on('close', () => resolve()));
    const reloadExtension = async (): Promise<void> => {
      // Chromium re-enables a reloaded unpacked extension only in developer mode (else it marks it an
      // "unsupported developer extension" and disables it); a reader who loaded it unpacked has it on.
      const manager = await context.newPage();
      await manager.goto('chrome://extensions');
      await manager.evaluate('new Promise((done) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done))');
      await manager.close();
      const current = context.serviceWorkers().at(-1) ?? worker;
      const restarted = context.waitForEvent('serviceworker', { timeout: 15_000 });
      await current.evaluate('chrome.runtime.reload()').catch(() => {}); // the worker dies mid-call
      await restarted; // runtime.onInstalled has fired in it: the re-injection is under way
      await new Promise((r) => setTimeout(r, 500));
    };
    const openPrivate = async (url: string): Promise<PrivateTab> => {
      // The reader's switch on chrome://extensions. Chromium reloads the extension when it changes;
      // in developer mode, as for reloadExtension, it comes back enabled.
      const manager = await context.newPage();
      await manager.goto('chrome://extensions');
      await manager.evaluate('new Promise((done) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done))');
      const id = new URL(base).host;
      await manager.evaluate(`new Promise((done) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: '${id}', incognitoAccess: true }, done))`);
      await poll(() => manager.evaluate(`new Promise((done) => chrome.developerPrivate.getExtensionInfo('${id}', (i) => done(i.state === 'ENABLED' && i.incognitoAccess.isActive)))`), 'the extension back, allowed in private windows', 15_000);
      await manager.close();
      // An extension page opens the private window and reads its tab (the driver sees only its own context).
      const admin = await context.newPage();
      await poll(() => admin.goto(`${base}/options.html`).then(() => true), 'the options page', 15_000);
      await admin.evaluate(`chrome.windows.create({ incognito: true, url: ${JSON.stringify(url)} })`);
      const tabId = `chrome.tabs.query({}).then((ts) => ts.find((t) => t.incognito && t.url === ${JSON.stringify(url)} && t.status === 'complete')?.id)`;
      await poll(() => admin.evaluate(tabId), 'the private tab', 15_000);
      return {
        count: (selector) => admin.evaluate(`${tabId}.then((id) => chrome.scripting.executeScript({ target: { tabId: id }, args: [${JSON.stringify(selector)}], func: (s) => document.querySelectorAll(s).length })).then(([r]) => r.result)`),
        close: () => admin.close(),
      };
    };
    return {
      name, newTab, closed, reloadExtension, openPrivate,
      openPopupFor: (page) => popupFor(newTab, base, page),
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  }
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [EXT_ID_FIREFOX]: FIREFOX_UUID }) },
  });
  const extDir = path.resolve(options.extensionDir ?? 'build/firefox');
  let addonId = await browser.installExtension(extDir);
  // Installing the same add-on again replaces it as an update does (uninstalling first would also
  // give it a new internal UUID, and so a new moz-extension:// origin).
  const reloadExtension = async (): Promise<void> => {
    addonId = await browser.installExtension(extDir);
  };
  const base = `moz-extension://${FIREFOX_UUID}`;
  const newTab = async (): Promise<Tab> => {
    const page = await browser.newPage();
    if (headless) await page.setViewport({ width: 1280, height: 800 });
    return wrapPuppeteer(page);
  };
  const closed = new Promise<void>((resolve) => browser.on('disconnected', () => resolve()));
  return { name, newTab, closed, reloadExtension, openPopupFor: (page) => popupFor(newTab, base, page), close: () => browser.close() };
}
