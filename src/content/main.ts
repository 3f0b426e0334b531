/**
 * Content script entry, injected into every http(s) page: the everywhere-script. It holds only what
 * decides whether the page carries an article (article-gate.ts: the shipped models' fingerprints and
 * the signals of a news article) and the messaging; on a page that passes, it has the background
 * inject the article part (article-part.ts, built as `article.js`), which annotates, and answers the
 * popup and the background's commands. On any other page that is all it costs: a bounded read of its
 * paragraphs' text, a few selector queries and a watch for an article that renders late; it touches
 * no extension API (neither settings nor messaging) until one passes.
 */
import { extensionAlive, onContentMessage, readSettings, requestArticlePart, tellBackground } from '../platform/content-api';
import { annotatesSite } from '../platform/settings';
import type { BackgroundToContent, OutlineReply, PopupToContent } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { judgePage, watchForArticle, type Verdict } from './article-gate';
import type { ArticlePart, LiveAnnotations } from './article-part';
import { rememberArticle } from './remember';

/** Where the article part puts itself (article-part.ts; a type-only import keeps its code out of here). */
const ARTICLE_PART_KEY = Symbol.for('dramatis.article-part');
/** Set in the content script's world by the running instance; see `claimPage`. */
const INSTANCE = Symbol.for('dramatis.content-script');

/**
 * True when this instance should run: no other live instance of the extension is in this world.
 * The background injects this script into open tabs after an update (Chrome would leave them the old
 * one), and Firefox also injects it by itself; the first live one wins. An orphaned instance (its
 * extension context gone) does not count: it steps aside on its own.
 */
function claimPage(): boolean {
  const g = globalThis as { [INSTANCE]?: () => boolean };
  if (g[INSTANCE]?.()) return false;
  g[INSTANCE] = extensionAlive;
  return true;
}

async function start(doc: Document): Promise<void> {
  if (!doc.body || !claimPage()) return;
  const { signal } = new AbortController();
  // The settings are read, and the popup's messages listened to, only once the page passes the gate:
  // on the pages that carry no article (most of them) the everywhere-script touches no extension API
  // at all, whose first use in a page costs a few ms of binding set-up. The gate's verdict does not
  // depend on them, and the popup says "no article" by itself when a page does not answer.
  let stored: Promise<Settings> | null = null;
  /** The per-site switch: from the settings until the reader flips it on this page. */
  let enabled: boolean | undefined;
  const current = async (): Promise<{ settings: Settings; enabled: boolean }> => {
    const settings = await (stored ??= readSettings());
    enabled ??= annotatesSite(settings, location.hostname);
    return { settings, enabled };
  };
  let live: LiveAnnotations | null = null;
  const loadArticlePart = async (verdict: Verdict): Promise<void> => {
    const { settings } = await current();
    // Always this version's: after an update, an older article part may still sit in this world.
    const g = globalThis as { [ARTICLE_PART_KEY]?: ArticlePart };
    delete g[ARTICLE_PART_KEY];
    await requestArticlePart(verdict.kind !== 'shipped');
    const part = g[ARTICLE_PART_KEY];
    if (!part) throw new Error('the article part did not register');
    live = part.startArticle(doc, signal, (alignment) => {
      const actors = new Set(alignment.annotations.flatMap((x) => (x.kind === 'mention' ? [x.actor] : [])));
      void tellBackground({ type: 'annotated', actors: actors.size });
      void rememberArticle(live?.annotator ?? null, location);
    }, { ...settings, enabled, alive: extensionAlive, recognised: verdict.kind === 'shipped' ? verdict.index : undefined });
  };
  let loading: Promise<void> | null = null;
  let listening = false;
  const judge = async (): Promise<Verdict | null> => {
    if (enabled === false) return null;
    const verdict = await judgePage(doc, true);
    if (!verdict || !extensionAlive()) return null;
    if (!listening) onContentMessage(answer, signal);
    listening = true;
    const now = await current();
    return now.enabled && (verdict.kind === 'shipped' || now.settings.buildInBrowser) ? verdict : null;
  };
  const gate = watchForArticle(doc, judge,
    (verdict) => void (loading = loadArticlePart(verdict).catch((e: unknown) => console.error('Dramatis: could not load the article part:', e))), signal);
  const setEnabled = async (on: boolean): Promise<boolean> => {
    enabled = on;
    await loading;
    if (live) await live.setEnabled(on);
    else if (on) gate.recheck();
    return enabled;
  };
  const answer = async (msg: PopupToContent | BackgroundToContent): Promise<unknown> => {
    await loading;
    const annotator = live?.annotator ?? null;
    switch (msg.type) {
      case 'get-outline': {
        const { enabled } = await current();
        const where = { site: location.hostname, enabled };
        const reply: OutlineReply = annotator && enabled
          ? { status: 'annotated', outline: annotator.outline(), ...where }
          : { status: 'none', reason: enabled ? 'No article recognised on this page' : 'Annotations are off on this site', ...where };
        return reply;
      }
      case 'set-enabled':
        return setEnabled(msg.enabled);
      case 'scroll-to':
        return annotator?.scrollTo(msg.block) ?? false;
      case 'reveal':
        return annotator?.reveal(msg.kind, msg.id) ?? false;
      case 'command':
        if (msg.command === 'toggle-annotations') return setEnabled(!(await current()).enabled);
        return annotator?.revealNext() ?? false;
    }
  };
}

// Never let a failure here surface as the page's own error.
start(document).catch((e: unknown) => console.error('Dramatis: could not annotate this page:', e));
