import { recogniseArticle } from '../matching/recognise';
import type { ArticleModel } from '../model/types';
import { validateModel } from '../model/validate-model';
import type { Alignment } from '../matching/align';
import { drive } from '../matching/steps';
import { looksLikeNewsArticle } from './extract-article';
import { buildInStages } from './build-in-stages';
import { Annotator } from './annotator';
import { CardController } from './card';
import { CARD_TAG } from './own-tags';
import { unwrapForeign } from './highlighter';
import { PageWatcher } from './page-watcher';

import { WATCH_WITHOUT_ARTICLE_MS } from './article-gate';

/** How `annotateLive` works on this page. */
export interface LiveOptions {
  /** Build a model from a news page that carries no shipped article. */
  buildInBrowser?: boolean;
  /** Annotations on at the start (the per-site switch). */
  enabled?: boolean;
  highlightStyle?: 'background' | 'underline';
  /**
   * False once this instance is orphaned (the extension was reloaded or updated under the page): it
   * then stops where it is, touching nothing, and leaves the page to the new instance.
   */
  alive?: () => boolean;
  /**
   * The index in `models` of the one the page was already recognised to carry (by the everywhere-
   * script's gate): used as is the first time, rather than reading and keying the page all over again.
   */
  recognised?: number;
}

type Recognisable = Pick<ArticleModel, 'fingerprint' | 'actors'>;

/** Enough of a model's shape to try recognising it; the validator checks the rest. */
function looksLikeModel(m: unknown): m is Recognisable {
  const x = m as Partial<Recognisable> | null;
  return Array.isArray(x?.fingerprint) && Array.isArray(x?.actors) && x.actors.every((a) => typeof a?.surname === 'string');
}

/** Longest slice of annotation work per task: well under the 50 ms of a "long task". */
export const SLICE_MS = 12;

/** Control over the annotations of one page. */
export interface LiveAnnotations {
  /** The annotator, once an article was recognised. */
  readonly annotator: Annotator | null;
  readonly enabled: boolean;
  /** Switches the annotations off (the DOM restored exactly) or on again. */
  setEnabled(on: boolean): Promise<void>;
  /** Resolves when no annotation work is under way. */
  idle(): Promise<void>;
}

/**
 * Recognises and annotates the page's article now, and again whenever the page settles after a change
 * that calls for it (late render, wholesale re-render, growth), until `signal` aborts. The work runs in
 * short slices, so that even a huge page never blocks the main thread for long. Pass the root in: the
 * same code runs in the page and in jsdom tests.
 */
export function annotateLive(doc: Document, models: readonly unknown[], signal: AbortSignal,
  onAnnotated: (a: Alignment) => void = () => {},
  options: LiveOptions = {}): LiveAnnotations {
  const body = doc.body;
  // Models are validated only once one is recognised: most pages carry none, and pay nothing for it.
  let candidates = models.filter(looksLikeModel);
  let annotator: Annotator | null = null;
  let enabled = options.enabled ?? true;
  let generation = 0;
  let current: Promise<boolean> = Promise.resolve(false);
  // Readability on a whole page is not cheap: try a page again only once its text has changed.
  let lastTriedLength = -1;
  /** The page's model: a recognised shipped one (validated now), else one built from a news page. */
  let hint = options.recognised === undefined ? undefined : models[options.recognised];
  const findModel = async (): Promise<{ model: ArticleModel; source: 'shipped' | 'page' } | null> => {
    const known = hint;
    hint = undefined;
    const text = known ? '' : body.textContent ?? '';
    const raw = known ?? recogniseArticle(text, candidates);
    if (raw) {
      try {
        return { model: validateModel(raw), source: 'shipped' };
      } catch (e) {
        console.error(`Dramatis: a shipped model was skipped: ${(e as Error).message}`);
        candidates = candidates.filter((m) => m !== raw);
        return null;
      }
    }
    if (!options.buildInBrowser || text.length === lastTriedLength || !looksLikeNewsArticle(doc)) return null;
    lastTriedLength = text.length;
    const model = await buildInStages(doc, () => signal.aborted || (options.alive !== undefined && !options.alive()));
    return model ? { model, source: 'page' } : null;
  };
  const annotate = async (): Promise<boolean> => {
    if (options.alive && !options.alive()) {
      // Undoing would fight the new instance, which has already taken our elements over.
      watcher.stop();
      return false;
    }
    if (!enabled) return false;
    if (!annotator) {
      const found = await findModel();
      if (!found) return false;
      const a = new Annotator(doc, found.model, found.source, options.highlightStyle);
      annotator = a;
      new CardController(doc, (t) => a.describe(t), signal, (id) => a.reveal('quote', id));
      // Building a model takes several tasks: the reader may have switched annotations off meanwhile.
      if (!enabled) return false;
    }
    if (!annotator.needsRun()) return false;
    const mine = ++generation;
    const alignment = await drive(annotator.runSteps(body), { budgetMs: SLICE_MS, cancelled: () => mine !== generation || signal.aborted });
    if (alignment) onAnnotated(alignment);
    return alignment !== null;
  };
  const run = (): Promise<boolean> => (current = current.then(annotate, annotate));
  // Annotations left by an earlier instance (the extension was reloaded or updated under the page).
  unwrapForeign(body);
  for (const el of doc.querySelectorAll(CARD_TAG)) el.remove();
  void run();
  const watcher = new PageWatcher(body, run, (n) => annotator?.highlighter.owns(n) ?? false, signal);
  const timer = setTimeout(() => annotator === null && watcher.stop(), WATCH_WITHOUT_ARTICLE_MS);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    annotator?.undo();
  });
  return {
    get annotator() {
      return annotator;
    },
    get enabled() {
      return enabled;
    },
    async setEnabled(on: boolean): Promise<void> {
      enabled = on;
      generation++;
      if (on) await run();
      else {
        await current.catch(() => {});
        annotator?.undo();
      }
    },
    idle: async () => void (await current.catch(() => false)),
  };
}
