import { alignSteps, type Alignment } from '../matching/align';
import { drain, type Steps } from '../matching/steps';
import { annotateLooseText, nameForms } from '../matching/loose-text';
import type { ArticleModel, Quote } from '../model/types';
import type { Outline } from '../platform/messages';
import type { PersonRecall } from '../memory/types';
import type { CardSubject } from './card-content';
import { commonAncestor, unplacedBlocks } from './article-flow';
import { Highlighter, unwrapForeign } from './highlighter';
import { MENTION_TAG, QUOTE_TAG } from './own-tags';
import { onScreenRange } from './on-screen';
import { nodeAt, readPageTextSteps, type PageText } from './page-text';
import { flash } from './flash';
import { scrollToElement } from './scroll-into-view';

/**
 * Annotates one document with one model: reads the page text, aligns the model to it (pure), and has
 * the highlighter wrap the result. Knows nothing of the extension APIs, so it runs as is in jsdom,
 * in the page and in the benchmark.
 */
export class Annotator {
  readonly highlighter: Highlighter;
  private page: PageText | null = null;
  private alignment: Alignment | null = null;
  /** Quotes found on the page in paragraphs the model lacks. */
  private extraQuotes: Quote[] = [];
  private lastRevealed: Element | null = null;
  /** The element holding the placed article, and its text length then: to tell when it changed. */
  private container: { el: Element; length: number } | null = null;
  /** What the reader's memory holds of each actor from other articles (set once the article is remembered). */
  recall = new Map<string, PersonRecall>();

  /** `source`: whether the model shipped with the extension or was built from this page. */
  constructor(private readonly doc: Document, readonly model: ArticleModel, readonly source: 'shipped' | 'page' = 'shipped',
    style: 'background' | 'underline' = 'background') {
    this.highlighter = new Highlighter(doc, (a) => {
      const actor = model.actors.find((x) => x.id === (a.kind === 'mention' ? a.actor : a.speaker));
      if (!actor) return null;
      const who = actor.role ? `${actor.fullName}, ${actor.role}` : actor.fullName;
      return a.kind === 'mention' ? who : `Quote from ${who}`;
    }, style);
  }

  /** Aligns and wraps; returns the alignment. Safe to call again: it undoes its previous work first. */
  run(root: Element = this.doc.body): Alignment {
    return drain(this.runSteps(root));
  }

  /** `run` as pausable steps, for the content script to spread over short tasks on a huge page. */
  *runSteps(root: Element = this.doc.body): Steps<Alignment> {
    this.highlighter.undo();
    unwrapForeign(root, this.highlighter);
    const page = yield* readPageTextSteps(root);
    this.page = page;
    // All the geometry this run reads, before it writes anything (on a first run nothing is written
    // before this; a run again after the page changed pays for one layout here).
    const urgent = onScreenRange(page, this.doc.defaultView);
    yield;
    const alignment = yield* alignSteps(page.text, this.model);
    yield;
    const container = commonAncestor(alignment.placements.map((p) => page.nodes[nodeAt(page, p.start)]!));
    yield;
    const forms = nameForms(this.model);
    this.extraQuotes = [];
    if (container) {
      for (const b of unplacedBlocks(page, alignment.placements, container)) {
        const loose = annotateLooseText(page.text.slice(b.start, b.end), b.start, `x${b.start}`, forms);
        alignment.annotations.push(...loose.annotations);
        this.extraQuotes.push(...loose.quotes);
      }
    }
    this.alignment = alignment;
    yield;
    yield* this.highlighter.applySteps(page, alignment.annotations, urgent);
    this.container = container ? { el: container, length: container.textContent?.length ?? 0 } : null;
    return alignment;
  }

  /**
   * Whether the page changed in a way that calls for annotating again: never run, the article
   * re-rendered (its nodes replaced), or its text grew or shrank (a live blog adding lines).
   */
  needsRun(): boolean {
    const c = this.container;
    if (!this.alignment || !c) return true;
    if (!c.el.isConnected || this.highlighter.detached()) return true;
    return (c.el.textContent?.length ?? 0) !== c.length;
  }

  /** Removes every annotation, leaving the DOM as it was before `run`. */
  undo(): void {
    this.highlighter.undo();
    this.alignment = null;
  }

  /** Annotation elements currently in the page for an actor (mentions) or all mentions. */
  mentions(actor?: string): Element[] {
    const sel = actor ? `${MENTION_TAG}[data-actor="${CSS.escape(actor)}"]` : MENTION_TAG;
    return [...this.doc.querySelectorAll(sel)];
  }

  /** What the hover card should show for a hovered or focused annotation element. */
  describe(target: Element): CardSubject | null {
    const actors = this.model.actors;
    if (target.localName === MENTION_TAG) {
      const actor = actors.find((a) => a.id === target.getAttribute('data-actor'));
      if (!actor) return null;
      const placed = new Set(this.alignment?.annotations.flatMap((a) => (a.kind === 'quote' ? [a.quote] : [])));
      const quotes = [...this.model.quotes, ...this.extraQuotes].filter((q) => q.speaker === actor.id && placed.has(q.id));
      const mentions = this.alignment?.annotations.filter((a) => a.kind === 'mention' && a.actor === actor.id).length ?? 0;
      return { kind: 'actor', actor, mentions, quotes, memory: this.recall.get(actor.id) };
    }
    if (target.localName === QUOTE_TAG) {
      const quote = [...this.model.quotes, ...this.extraQuotes].find((q) => q.id === target.getAttribute('data-quote'));
      const speaker = actors.find((a) => a.id === quote?.speaker);
      return quote && speaker ? { kind: 'quote', quote, speaker } : null;
    }
    return null;
  }

  /** The element that shows a model block on the page (its first text node's parent), if placed. */
  elementOf(block: string): Element | null {
    const placement = this.alignment?.placements.find((p) => p.block === block);
    if (!placement || !this.page) return null;
    let node: Node | null = this.page.nodes[nodeAt(this.page, placement.start)] ?? null;
    while (node && (node.nodeType !== 1 || (node as Element).localName.startsWith('dramatis-'))) node = node.parentNode;
    return node as Element | null;
  }

  /** Scrolls the page so that a block (a heading, else the section's first paragraph) is at the top. */
  scrollTo(block: string): boolean {
    const section = this.model.sections.find((s) => s.heading?.id === block);
    const el = this.elementOf(block) ?? (section?.paragraphs[0] ? this.elementOf(section.paragraphs[0].id) : null);
    if (!el) return false;
    scrollToElement(el);
    flash(el);
    return true;
  }

  /** The id of the section heading on screen: the last one above the upper third of the viewport. */
  currentSection(): string | null {
    const view = this.doc.defaultView;
    if (!view) return null;
    let current: string | null = null;
    for (const s of this.model.sections) {
      const el = s.heading ? this.elementOf(s.heading.id) : null;
      if (el && el.getBoundingClientRect().top <= view.innerHeight / 3) current = s.heading!.id;
    }
    return current;
  }

  /**
   * Scrolls to an actor's next mention after the one revealed last (wrapping round), or to a quote,
   * and focuses it, which opens its card. Returns false when it is not on the page.
   */
  reveal(kind: 'actor' | 'quote', id: string): boolean {
    const els = kind === 'actor' ? this.mentions(id) : [...this.doc.querySelectorAll(`${QUOTE_TAG}[data-quote="${CSS.escape(id)}"]`)];
    if (els.length === 0) return false;
    const next = kind === 'actor' ? els[(els.indexOf(this.lastRevealed!) + 1) % els.length]! : els[0]!;
    this.focusOn(next, kind === 'quote');
    return true;
  }

  /** Scrolls an annotation into view below any fixed header and focuses it (which opens its card). */
  private focusOn(el: Element, mark: boolean): void {
    this.lastRevealed = el;
    scrollToElement(el);
    if (mark) flash(el);
    (el as HTMLElement).focus({ preventScroll: true });
  }

  /**
   * Moves keyboard focus to the next mention after the one focused (or revealed) last, in reading
   * order, wrapping round: the page's own tab order is left alone (mentions have tabindex -1).
   */
  revealNext(): boolean {
    const all = this.mentions();
    if (all.length === 0) return false;
    const from = this.doc.activeElement?.closest(MENTION_TAG) ?? this.lastRevealed;
    this.focusOn(all[(from ? all.indexOf(from) + 1 : 0) % all.length]!, false);
    return true;
  }

  /** The outline the popup shows. */
  outline(): Outline {
    const a = this.alignment;
    const placed = new Set(a?.placements.map((p) => p.block));
    const count = (actor: string): number => a?.annotations.filter((x) => x.kind === 'mention' && x.actor === actor).length ?? 0;
    const paragraphs = this.model.sections.flatMap((s) => s.paragraphs);
    return {
      source: this.source,
      title: this.model.title.text,
      kicker: this.model.kicker,
      sections: this.model.sections.flatMap((s) => {
        if (!s.heading) return [];
        const blocks = [s.heading, ...s.paragraphs];
        const ids = new Set(blocks.flatMap((b) => b.mentions.map((m) => m.actor)));
        const names = this.model.actors.filter((x) => ids.has(x.id)).map((x) => x.fullName);
        const quotes = this.model.quotes.filter((q) => q.speaker && s.paragraphs.some((p) => p.id === q.block)).length;
        return [{ block: s.heading.id, heading: s.heading.text, found: placed.has(s.heading.id), actors: names, quotes, current: s.heading.id === this.currentSection() }];
      }),
      actors: this.model.actors.map((x) => ({ id: x.id, fullName: x.fullName, role: x.role, aliases: x.aliases, mentions: count(x.id) })),
      quotes: this.model.quotes.flatMap((q) => (q.speaker ? [{ id: q.id, text: q.text, speaker: q.speaker, found: placed.has(q.block) }] : [])),
      paragraphs: { found: paragraphs.filter((p) => placed.has(p.id)).length, total: paragraphs.length },
      missing: (a?.missing ?? []).map((id) => paragraphs.find((p) => p.id === id)!.text.split(/\s+/).slice(0, 12).join(' ')),
    };
  }
}
