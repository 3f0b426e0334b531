/**
 * Content script entry: annotates the page's article live with the shipped models (validated once
 * one is recognised; a malformed one is reported and skipped), and answers the popup. On a page with no article it reads the body's text, watches a short while in case the
 * article renders late, and stops.
 */
import { SHIPPED_MODELS } from '../articles/shipped-models';
import { onContentMessage, readSettings, tellBackground } from '../platform/browser';
import { annotatesSite } from '../platform/settings';
import type { OutlineReply } from '../platform/messages';
import { annotateLive } from './live-annotator';
import { rememberArticle } from './remember';

async function start(doc: Document): Promise<void> {
  if (!doc.body) return;
  const { signal } = new AbortController();
  const settings = await readSettings();
  const live = annotateLive(doc, SHIPPED_MODELS, signal, (alignment) => {
    const actors = new Set(alignment.annotations.flatMap((x) => (x.kind === 'mention' ? [x.actor] : [])));
    void tellBackground({ type: 'annotated', actors: actors.size });
    void rememberArticle(live.annotator, location);
  }, { ...settings, enabled: annotatesSite(settings, location.hostname) });
  onContentMessage(async (msg): Promise<unknown> => {
    const annotator = live.annotator;
    switch (msg.type) {
      case 'get-outline': {
        const where = { site: location.hostname, enabled: live.enabled };
        const reply: OutlineReply = annotator && live.enabled
          ? { status: 'annotated', outline: annotator.outline(), ...where }
          : { status: 'none', reason: live.enabled ? 'No article recognised on this page' : 'Annotations are off on this site', ...where };
        return reply;
      }
      case 'set-enabled':
        await live.setEnabled(msg.enabled);
        return live.enabled;
      case 'scroll-to':
        return annotator?.scrollTo(msg.block) ?? false;
      case 'reveal':
        return annotator?.reveal(msg.kind, msg.id) ?? false;
      case 'command':
        if (msg.command === 'toggle-annotations') {
          await live.setEnabled(!live.enabled);
          return live.enabled;
        }
        return annotator?.revealNext() ?? false;
    }
  }, signal);
}

// Never let a failure here surface as the page's own error.
start(document).catch((e: unknown) => console.error('Dramatis: could not annotate this page:', e));
