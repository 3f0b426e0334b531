/**
 * Content script entry: recognises a shipped article on the page and annotates it. On any other page
 * it reads the body's text once and stops.
 */
import { SHIPPED_MODELS } from '../articles/shipped-models';
import { recogniseArticle } from '../matching/recognise';
import { validateModel } from '../model/validate-model';
import type { ArticleModel } from '../model/types';
import { onPopupMessage, tellBackground } from '../platform/browser';
import type { OutlineReply } from '../platform/messages';
import { Annotator } from './annotator';
import { CardController } from './card';

/** The shipped models that pass validation; a malformed one is reported and skipped. */
function loadModels(raw: readonly unknown[]): ArticleModel[] {
  return raw.flatMap((m, i) => {
    try {
      return [validateModel(m)];
    } catch (e) {
      console.error(`Dramatis: shipped model ${i} was skipped: ${(e as Error).message}`);
      return [];
    }
  });
}

function start(doc: Document): void {
  const controller = new AbortController();
  const { signal } = controller;
  let annotator: Annotator | null = null;

  onPopupMessage(async (msg): Promise<unknown> => {
    if (msg.type === 'get-outline') {
      const reply: OutlineReply = annotator
        ? { status: 'annotated', outline: annotator.outline() }
        : { status: 'none', reason: 'No article recognised on this page' };
      return reply;
    }
    return annotator?.scrollTo(msg.block) ?? false;
  }, signal);

  const body = doc.body;
  if (!body) return;
  const model = recogniseArticle(body.textContent ?? '', loadModels(SHIPPED_MODELS));
  if (!model) return;
  annotator = new Annotator(doc, model);
  const alignment = annotator.run(body);
  const a = annotator;
  new CardController(doc, (t) => a.describe(t), signal);
  const actors = new Set(alignment.annotations.flatMap((x) => (x.kind === 'mention' ? [x.actor] : [])));
  void tellBackground({ type: 'annotated', actors: actors.size });
}

try {
  start(document);
} catch (e) {
  // Never let a failure here surface as the page's own error.
  console.error('Dramatis: could not annotate this page:', e);
}
