import type { Annotation } from '../matching/align';
import { drain, URGENT_DONE, type Steps } from '../matching/steps';
import { inlineRun, type InlineRun } from './inline-run';
import type { NodeRange } from './on-screen';
import { nodeAt, type PageText } from './page-text';
import { MENTION_TAG, QUOTE_TAG } from './own-tags';

/** What the highlighter did, in a form it can undo. */
type Change =
  /** A text node split into `pieces` (wrapped or not), the original first among them or inside the first. */
  | { kind: 'split'; original: Text; data: string; pieces: Node[] }
  /** Page nodes moved, in order, into a wrapper of ours (a name that runs over several inline elements). */
  | { kind: 'group'; wrapper: Element };

interface Piece {
  start: number;
  end: number;
  quote: Annotation | null;
  mention: Annotation | null;
}

/**
 * The one module that changes the page's DOM. It wraps spans of text nodes in <dramatis-mention> and
 * <dramatis-quote> elements, splitting text nodes but never changing a character, and it can undo all of
 * it: each split node gets its original data back and returns to its place. (It never calls
 * `normalize()`, which would merge the page's own text nodes under a framework's feet.)
 */
export class Highlighter {
  private changes: Change[] = [];
  private readonly owned = new WeakSet<Node>();
  private readonly templates = new Map<string, Element>();

  /** `describe` gives the screen-reader description of an annotation (name and role, or the speaker). */
  constructor(private readonly doc: Document, private readonly describe?: (a: Annotation) => string | null,
    private readonly style: 'background' | 'underline' = 'background') {}

  /** True for an element or text node this highlighter created (used to ignore our own mutations). */
  owns(node: Node): boolean {
    return this.owned.has(node);
  }

  /** Wraps the annotations (page-text offsets; mentions may sit inside quotes, never overlap each other). */
  apply(page: PageText, annotations: readonly Annotation[]): void {
    drain(this.applySteps(page, annotations));
  }

  /**
   * `apply`, pausable every 25 text nodes (a few ms even on a slow machine). A node the page changed
   * meanwhile is skipped. With
   * `urgent` (the nodes on screen), those are wrapped first, then URGENT_DONE is yielded so that they
   * show at once, and the rest follows. Only writes: nothing here reads the page's geometry.
   */
  *applySteps(page: PageText, annotations: readonly Annotation[], urgent: NodeRange | null = null): Steps<void> {
    const perNode = new Map<number, Annotation[]>();
    for (const a of annotations) {
      if (a.end <= a.start || page.nodes.length === 0) continue;
      for (let i = nodeAt(page, a.start); i < page.nodes.length && page.starts[i]! < a.end; i++) {
        const list = perNode.get(i) ?? [];
        list.push(a);
        perNode.set(i, list);
      }
    }
    // A mention whose text nodes carry nothing else, and which covers whole inline elements between
    // them (<span>Jane</span> <span>Doe</span>), gets one element around them all, not one per piece.
    yield;
    const grouped: { a: Annotation; run: InlineRun }[] = [];
    for (const [k, a] of annotations.entries()) {
      if (k % 500 === 499) yield;
      if (a.kind !== 'mention') continue;
      const run = inlineRun(page, a.start, a.end);
      if (run && run.nodes.every((i) => perNode.get(i)?.length === 1)) grouped.push({ a, run });
    }
    for (const g of grouped) for (const i of g.run.nodes) perNode.delete(i);
    let done = 0;
    const unchanged = (i: number): boolean => {
      const node = page.nodes[i]!;
      const next = i + 1 < page.nodes.length ? page.starts[i + 1]! : page.text.length;
      return node.isConnected && page.text.startsWith(node.data, page.starts[i]!) && node.data.length <= next - page.starts[i]!;
    };
    const inUrgent = (i: number): boolean => urgent !== null && i >= urgent.from && i <= urgent.to;
    for (const pass of urgent ? [true, false] : [false]) {
      for (const [i, list] of perNode) {
        if (urgent && inUrgent(i) !== pass) continue;
        if (++done % 25 === 0) yield;
        if (unchanged(i)) this.wrapNode(page.nodes[i]!, page.starts[i]!, list);
      }
      for (const { a, run } of grouped) {
        if (urgent && inUrgent(run.nodes[0]!) !== pass) continue;
        if (++done % 25 === 0) yield;
        if (run.nodes.every(unchanged)) this.wrapGroup(run.first, run.from, run.last, run.to, a);
      }
      if (pass) yield URGENT_DONE;
    }
  }

  /** Wraps the inline siblings from `first` (cut at `from`) to `last` (cut at `to`) in one element. */
  private wrapGroup(first: Node, from: number, last: Node, to: number, a: Annotation): void {
    let start = first;
    if (first.nodeType === 3 && from > 0) start = this.split(first as Text, from);
    if (last.nodeType === 3 && to < (last as Text).data.length) this.split(last as Text, to);
    const end = last === first ? start : last;
    const wrapper = this.element(MENTION_TAG, a);
    start.parentNode!.insertBefore(wrapper, start);
    for (let n: Node | null = start; n; ) {
      const next: Node | null = n === end ? null : n.nextSibling;
      wrapper.appendChild(n);
      n = next;
    }
    this.changes.push({ kind: 'group', wrapper });
  }

  /** Splits a text node at `at`, keeping the original as the first part; returns the second part. */
  private split(node: Text, at: number): Text {
    const data = node.data;
    const rest = this.doc.createTextNode(data.slice(at));
    this.owned.add(rest);
    node.data = data.slice(0, at);
    node.parentNode!.insertBefore(rest, node.nextSibling);
    this.changes.push({ kind: 'split', original: node, data, pieces: [node, rest] });
    return rest;
  }

  private wrapNode(node: Text, offset: number, list: Annotation[]): void {
    const data = node.data;
    const cuts = new Set([0, data.length]);
    for (const a of list) {
      cuts.add(Math.max(0, Math.min(data.length, a.start - offset)));
      cuts.add(Math.max(0, Math.min(data.length, a.end - offset)));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const pieces: Piece[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const start = points[k]!;
      const end = points[k + 1]!;
      const covers = (a: Annotation): boolean => a.start - offset <= start && a.end - offset >= end;
      // A quotation inside another ("“… I said, ‘I want more.’ …”") is the inner speaker's: the
      // innermost quote covering a piece marks it, and the outer one goes on around it.
      const quotes = list.filter((a) => a.kind === 'quote' && covers(a));
      pieces.push({
        start, end,
        quote: quotes.reduce<Annotation | null>((x, a) => (x && x.end - x.start <= a.end - a.start ? x : a), null),
        mention: list.find((a) => a.kind === 'mention' && covers(a)) ?? null,
      });
    }
    const parent = node.parentNode;
    if (!parent || pieces.every((p) => !p.quote && !p.mention)) return;
    const anchor = node.nextSibling;
    const out: Node[] = [];
    let openQuote = null as { a: Annotation; el: Element } | null;
    let first = true;
    for (const p of pieces) {
      let text: Text;
      if (first) {
        node.data = data.slice(p.start, p.end);
        text = node;
        first = false;
      } else {
        text = this.doc.createTextNode(data.slice(p.start, p.end));
        this.owned.add(text);
      }
      let unit: Node = text;
      if (p.mention) {
        unit = this.element(MENTION_TAG, p.mention);
        unit.appendChild(text);
      }
      if (p.quote) {
        if (openQuote?.a !== p.quote) {
          openQuote = { a: p.quote, el: this.element(QUOTE_TAG, p.quote) };
          out.push(openQuote.el);
        }
        openQuote.el.appendChild(unit);
      } else {
        openQuote = null;
        out.push(unit);
      }
    }
    // The new pieces are put together off the document and go in with one insertion: one change to
    // the live tree (and one mutation record) per text node, however many names it holds. The original
    // node, when it stays unwrapped in front, is already in place: moving it would cost for nothing.
    const batch = this.doc.createDocumentFragment();
    for (const n of out) if (n !== node || node.parentNode !== parent) batch.appendChild(n);
    parent.insertBefore(batch, anchor);
    this.changes.push({ kind: 'split', original: node, data, pieces: out });
  }

  private element(tag: string, a: Annotation): Element {
    // Cloning a prepared element is markedly faster than creating one and setting its attributes,
    // which counts on a live blog with thousands of mentions.
    const key = a.kind === 'mention' ? `m:${a.actor}` : `q:${a.quote}`;
    let template = this.templates.get(key);
    if (!template) {
      template = this.doc.createElement(tag);
      if (a.kind === 'mention') {
        template.setAttribute('data-actor', a.actor);
        if (this.style === 'underline') template.setAttribute('data-style', 'underline');
        // Focusable for the card, but out of the page's own tab order.
        template.setAttribute('tabindex', '-1');
      } else {
        template.setAttribute('data-speaker', a.speaker);
        template.setAttribute('data-quote', a.quote);
        template.setAttribute('tabindex', '-1');
      }
      // Who is who for a screen reader, as an attribute: a description element would add to the
      // page's text. (aria-description is ARIA 1.3; Chrome and Firefox read it.)
      const description = this.describe?.(a);
      if (description) template.setAttribute('aria-description', description);
      this.templates.set(key, template);
    }
    const el = template.cloneNode(false) as Element;
    this.owned.add(el);
    return el;
  }

  /** True when the page removed some of our elements (a framework re-rendered the article). */
  detached(): boolean {
    return this.changes.some((c) => !(c.kind === 'group' ? c.wrapper : c.pieces[0]!).isConnected);
  }

  /** Number of text nodes currently split by this highlighter. */
  get size(): number {
    return this.changes.length;
  }

  /** Puts every text node back as it was, with its original data, in its original place. */
  undo(): void {
    for (const c of this.changes.reverse()) {
      if (c.kind === 'group') {
        const parent = c.wrapper.parentNode;
        while (c.wrapper.firstChild) parent ? parent.insertBefore(c.wrapper.firstChild, c.wrapper) : c.wrapper.firstChild.remove();
        c.wrapper.remove();
        continue;
      }
      const first = c.pieces[0];
      const parent = first?.parentNode;
      if (parent) parent.insertBefore(c.original, first);
      c.original.data = c.data;
      for (const p of c.pieces) if (p !== c.original) p.parentNode?.removeChild(p);
    }
    this.changes = [];
  }
}

/**
 * Unwraps annotation elements this highlighter instance did not make: copies a framework cloned when
 * it re-rendered annotated markup, or leftovers of an earlier instance of the content script. The text
 * is unchanged; without this, annotating again would nest.
 */
export function unwrapForeign(root: Element, mine?: Highlighter): void {
  for (const el of root.querySelectorAll(`${MENTION_TAG}, ${QUOTE_TAG}`)) {
    if (!mine?.owns(el)) el.replaceWith(...el.childNodes);
  }
}
