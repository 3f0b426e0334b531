/**
 * Every message that crosses between the extension's parts, named by direction.
 * Content scripts answer the popup; the background only listens.
 */
import { asArticleInput } from '../memory/article-input';
import type { ArticleInput, PersonRecall } from '../memory/types';

/** The article outline the content script gives the popup. */
export interface Outline {
  /** Where the model came from: shipped inside the extension, or built in the browser from the page. */
  source: 'shipped' | 'page';
  title: string;
  kicker: string;
  /** Each section with the people it names and its number of quotes; `current` is the one on screen. */
  sections: { block: string; heading: string; found: boolean; actors: string[]; quotes: number; current: boolean }[];
  actors: { id: string; fullName: string; role: string | null; aliases: string[]; mentions: number }[];
  quotes: { id: string; text: string; speaker: string; found: boolean }[];
  paragraphs: { found: number; total: number };
  /** Text of the model's paragraphs that could not be placed on the page (first words). */
  missing: string[];
}

/** What the content script answers to `get-outline`. */
export type OutlineReply = ({ status: 'annotated'; outline: Outline } | { status: 'none'; reason: string }) & {
  /** The page's host name, for the per-site switch; whether annotations are on there. */
  site: string;
  enabled: boolean;
};

export type PopupToContent =
  /** Asks for the outline of the article recognised on the page. */
  | { type: 'get-outline' }
  /** Scrolls the page to a model block (a section heading, or its first paragraph). */
  | { type: 'scroll-to'; block: string }
  /** Switches the page's annotations off (restoring its DOM exactly) or back on. */
  | { type: 'set-enabled'; enabled: boolean }
  /** Scrolls to and focuses an actor's next mention after the last one revealed, or a quote. */
  | { type: 'reveal'; kind: 'actor' | 'quote'; id: string };

/** The keyboard commands of the manifest. */
export type CommandName = 'toggle-annotations' | 'next-mention';

export type BackgroundToContent =
  /** A keyboard command the reader pressed on this tab. */
  { type: 'command'; command: CommandName };

export type ContentToBackground =
  /** Reports how many people the page's annotations name, for the toolbar badge. */
  | { type: 'annotated'; actors: number }
  /** Asks for the article part to be injected into this page's content-script world (it passed the gate); `tagger`: with the tagger's data, to build a model. */
  | { type: 'load-article-part'; tagger: boolean };

/** Narrows an unknown runtime message to a PopupToContent, or null. */
export function asPopupToContent(msg: unknown): PopupToContent | null {
  const m = msg as { type?: unknown; block?: unknown; enabled?: unknown; kind?: unknown; id?: unknown } | null;
  if (m?.type === 'reveal' && (m.kind === 'actor' || m.kind === 'quote') && typeof m.id === 'string') {
    return { type: 'reveal', kind: m.kind, id: m.id };
  }
  if (m?.type === 'get-outline') return { type: 'get-outline' };
  if (m?.type === 'set-enabled' && typeof m.enabled === 'boolean') return { type: 'set-enabled', enabled: m.enabled };
  if (m?.type === 'scroll-to' && typeof m.block === 'string') return { type: 'scroll-to', block: m.block };
  return null;
}

/** Narrows an unknown runtime message to a BackgroundToContent, or null. */
export function asBackgroundToContent(msg: unknown): BackgroundToContent | null {
  const m = msg as { type?: unknown; command?: unknown } | null;
  if (m?.type === 'command' && (m.command === 'toggle-annotations' || m.command === 'next-mention')) return { type: 'command', command: m.command };
  return null;
}

/** Narrows an unknown runtime message to a ContentToBackground, or null. */
export function asContentToBackground(msg: unknown): ContentToBackground | null {
  const m = msg as { type?: unknown; actors?: unknown } | null;
  if (m?.type === 'annotated' && typeof m.actors === 'number') return { type: 'annotated', actors: m.actors };
  if (m?.type === 'load-article-part') return { type: 'load-article-part', tagger: (m as { tagger?: unknown }).tagger === true };
  return null;
}

export type ContentToMemory =
  /** Remembers the article read on the page; answered with each person's other articles (a RecallReply). */
  { type: 'remember'; article: ArticleInput };

/** The background's answer to `remember`: by the article's actor id, that person's other articles ({} when nothing is remembered). */
export type RecallReply = Record<string, PersonRecall>;

/** Narrows an unknown runtime message to a ContentToMemory, or null. */
export function asContentToMemory(msg: unknown): ContentToMemory | null {
  const m = msg as { type?: unknown; article?: unknown } | null;
  const article = m?.type === 'remember' ? asArticleInput(m.article) : null;
  return article ? { type: 'remember', article } : null;
}
