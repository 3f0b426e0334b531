/**
 * The doorway to the extension APIs for the background and the extension pages: nothing else imports
 * webextension-polyfill or touches `chrome.*` (but content-api.ts, the content scripts' own, which
 * does without the polyfill), so the rest of the code runs in jsdom and benchmarks unchanged.
 */
import browser from 'webextension-polyfill';
import { asContentToBackground, type BackgroundToContent, type CommandName, type ContentToBackground, type PopupToContent } from './messages';
import { asContentToMemory, type ContentToMemory } from './messages';
import { toMemorySettings, type MemorySettings } from '../memory/memory-settings';
import { readSettingsWith, type Settings } from './settings';

/** Background side: listens to content scripts; the callback gets the sender's tab id. */
export function onMessageFromContent(handle: (msg: ContentToBackground, tabId: number) => void): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    const msg = asContentToBackground(raw);
    if (msg && sender.tab?.id !== undefined) handle(msg, sender.tab.id);
    return undefined;
  });
}

/** Popup side: sends a message to the content script of a tab. */
export function sendToTab<T>(tabId: number, msg: PopupToContent): Promise<T> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<T>;
}

/** Popup side: the id of the tab the popup is about (the active tab of the current window). */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Popup side: the host of a tab's http(s) page (host access shows its URL), else ''. */
export async function tabSite(tabId: number): Promise<string> {
  const url = new URL((await browser.tabs.get(tabId).catch(() => null))?.url || 'about:blank');
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : '';
}

/** The tab the calling page lives in, when it is open as a tab. */
export async function ownTabId(): Promise<number | undefined> {
  return (await browser.tabs.getCurrent())?.id;
}

/** Opens an extension page in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Sets the toolbar badge of a tab ('' clears it). */
export async function setBadge(tabId: number, text: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#6d28d9' });
  await browser.action.setBadgeText({ tabId, text });
}

/** Reads the settings from storage.sync; the defaults when storage cannot be read. */
export function readSettings(): Promise<Settings> {
  return readSettingsWith((defaults) => browser.storage.sync.get(defaults));
}

/** Saves settings to storage.sync. */
export async function writeSettings(settings: Partial<Settings>): Promise<void> {
  await browser.storage.sync.set(settings);
}

/** Background side: the reader pressed one of the manifest's keyboard commands; sends it to the active tab. */
export function forwardCommandsToActiveTab(): void {
  browser.commands.onCommand.addListener((command: string) => {
    if (command !== 'toggle-annotations' && command !== 'next-mention') return;
    void activeTabId().then((tabId) => {
      const msg: BackgroundToContent = { type: 'command', command: command as CommandName };
      if (tabId !== undefined) return browser.tabs.sendMessage(tabId, msg).catch(() => {});
    });
  });
}

/**
 * Background side: injects `file` (the article part), after `taggerFile` (the tagger's data) when the
 * page's model must be built, into the frame whose content script asks for it,
 * in the content scripts' isolated world, and answers true once it has run. The background does it,
 * rather than the content script importing a module of the extension, because addons.mozilla.org's
 * linter rejects an `import()` of a computed URL (and `runtime.getURL` is computed); the permissions
 * are the ones re-injection after an update needs anyway, and the page's CSP does not apply.
 */
export function injectArticlePart(file: string, taggerFile: string): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    const msg = asContentToBackground(raw);
    if (msg?.type !== 'load-article-part' || tabId === undefined) return undefined;
    const files = msg.tagger ? [taggerFile, file] : [file];
    return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files }).then(() => true, () => false);
  });
}

/**
 * Background side: after an install, update or reload, puts the new content scripts (and their CSS)
 * into the http(s) tabs already open. Chrome leaves those tabs with the old, orphaned script, which
 * can no longer reach the extension; Firefox injects by itself, and the content script's own guard
 * makes the second copy a no-op. Tabs that refuse (discarded, the store, error pages) are skipped.
 * Needs the `scripting` permission and host access to http(s) pages.
 */
export function reinjectOnInstall(): void {
  browser.runtime.onInstalled.addListener(async () => {
    const scripts = browser.runtime.getManifest().content_scripts ?? [];
    const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
    await Promise.all(tabs.map(async ({ id }) => {
      if (id === undefined) return;
      for (const { js, css } of scripts) {
        try {
          if (css?.length) await browser.scripting.insertCSS({ target: { tabId: id }, files: css });
          if (js?.length) await browser.scripting.executeScript({ target: { tabId: id }, files: js });
        } catch {
          // Not scriptable, or closed meanwhile: it gets the new script when next loaded.
        }
      }
    }));
  });
}

/** Background side: answers content scripts' memory requests; `tab.incognito` tells a private window. */
export function onMemoryRequest(handle: (msg: ContentToMemory, tab: { incognito: boolean }) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    const msg = asContentToMemory(raw);
    // Only a page in a tab is remembered; a missing flag counts as private, to err on the safe side.
    return msg && sender.tab ? handle(msg, { incognito: sender.tab.incognito !== false }) : undefined;
  });
}

/** The memory settings, from storage.local (the memory is this browser's alone, so they are not synced). */
export async function readMemorySettings(): Promise<MemorySettings> {
  try {
    return toMemorySettings(await browser.storage.local.get(['remember', 'retentionDays', 'noticeSeen']));
  } catch {
    return toMemorySettings({});
  }
}

/** Saves memory settings to storage.local. */
export async function writeMemorySettings(settings: Partial<MemorySettings>): Promise<void> {
  await browser.storage.local.set(settings);
}

/** Whether this extension page or script runs in a private window. */
export function inPrivateWindow(): boolean {
  return browser.extension.inIncognitoContext === true;
}

