/**
 * The content scripts' doorway to the extension APIs: the browser's own promise-based namespace
 * (`browser` in Firefox, `chrome` in Chrome's Manifest V3), not webextension-polyfill. Why: the
 * everywhere-script runs on every page, and evaluating the polyfill (which wraps the API surface when
 * it loads) was most of its cost there: 6–7 ms of script per page load on the shared test machine,
 * against 1–2 ms for all the rest of `content.js`. The extension pages and the background keep the
 * polyfill (browser.ts), where it loads once. The trade-off is a second doorway, kept to what the
 * content scripts use; listeners answer through `sendResponse` (returning true), which both browsers
 * support, where a listener returning a promise would be Firefox's alone.
 */
import { asBackgroundToContent, asPopupToContent, type BackgroundToContent, type ContentToBackground, type ContentToMemory, type PopupToContent } from './messages';
import { readSettingsWith, type Settings } from './settings';

type Api = typeof chrome;
/** Touched only when called: reading `chrome` sets up the API bindings, which costs the page too. */
const api = (): Api => (globalThis as { browser?: Api }).browser ?? chrome;

/**
 * False once the extension was reloaded or updated under a page that still runs the old content
 * script: every API call would then throw "Extension context invalidated".
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(api().runtime?.id);
  } catch {
    return false;
  }
}

/** Answers the popup's and the background's messages until `signal` aborts. */
export function onContentMessage(handle: (msg: PopupToContent | BackgroundToContent) => Promise<unknown>, signal: AbortSignal): void {
  const listener = (raw: unknown, _sender: unknown, respond: (reply: unknown) => void): boolean => {
    const msg = asPopupToContent(raw) ?? asBackgroundToContent(raw);
    if (!msg) return false;
    handle(msg).then(respond, () => respond(undefined));
    return true;
  };
  api().runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    if (extensionAlive()) api().runtime.onMessage.removeListener(listener);
  });
}

/** Sends a message to the background; undefined when the extension has gone away or nobody answers. */
async function send<T>(msg: ContentToBackground | ContentToMemory): Promise<T | undefined> {
  if (!extensionAlive()) return undefined;
  try {
    return (await api().runtime.sendMessage(msg)) as T;
  } catch {
    // No listener yet (the service worker is starting) or the context died.
    return undefined;
  }
}

/** Tells the background something (the badge can wait); silent when the extension has gone away. */
export async function tellBackground(msg: ContentToBackground): Promise<void> {
  await send(msg);
}

/** Asks the background's memory; undefined when it cannot answer. */
export function askMemory<T>(msg: ContentToMemory): Promise<T | undefined> {
  return send<T>(msg);
}

/** Reads the settings from storage.sync; the defaults when storage cannot be read. */
export function readSettings(): Promise<Settings> {
  return readSettingsWith((defaults) => api().storage.sync.get(defaults));
}

/**
 * Has the background inject the article part into this page's content-script world (browser.ts,
 * `injectArticlePart`), with the tagger's data when the page's model must be built (`tagger`), and
 * resolves once it has run there. Rejects when the extension context is
 * gone or the injection failed.
 */
export async function requestArticlePart(tagger: boolean): Promise<void> {
  const msg: ContentToBackground = { type: 'load-article-part', tagger };
  if ((await api().runtime.sendMessage(msg)) !== true) throw new Error('the article part could not be injected');
}
