import { INLINE_TAGS, nodeAt, type PageText } from './page-text';

/** A span of page text expressed as a run of consecutive siblings, cut inside the first and last. */
export interface InlineRun {
  /** Indices (into page.nodes) of the text nodes the span touches. */
  nodes: number[];
  first: Node;
  /** Offset inside `first` when it is a text node (0 for an element, which is covered whole). */
  from: number;
  last: Node;
  /** Offset inside `last` when it is a text node (unused for an element). */
  to: number;
}

/**
 * When the span [start, end) of page text runs over several text nodes that sit in consecutive inline
 * siblings of one parent, each boundary element covered whole ("<span>Jane</span> <span>Doe</span>",
 * "Jane <b>Doe</b>"), returns that run of siblings; otherwise null. Reads the DOM, changes nothing.
 */
export function inlineRun(page: PageText, start: number, end: number): InlineRun | null {
  const { nodes, starts, text } = page;
  const nodesIn: number[] = [];
  for (let i = nodeAt(page, start); i < nodes.length && starts[i]! < end; i++) {
    if (starts[i]! + nodes[i]!.data.length > start) nodesIn.push(i);
  }
  if (nodesIn.length < 2 || text.slice(start, end).includes('\n')) return null;
  const i = nodesIn[0]!;
  const j = nodesIn[nodesIn.length - 1]!;
  const a = nodes[i]!;
  const b = nodes[j]!;
  let parent: Node | null = a.parentNode;
  while (parent && !parent.contains(b)) parent = parent.parentNode;
  if (!parent) return null;
  const childOf = (n: Node): Node => {
    let c = n;
    while (c.parentNode !== parent) c = c.parentNode!;
    return c;
  };
  const first = childOf(a);
  const last = childOf(b);
  // An element at either end must be covered whole: the span starts at its first text, ends at its last.
  if (first !== a && (start > starts[i]! || (i > 0 && first.contains(nodes[i - 1]!)))) return null;
  if (last !== b && (end < starts[j]! + b.data.length || (j + 1 < nodes.length && last.contains(nodes[j + 1]!)))) return null;
  for (let n: Node | null = first; n; n = n === last ? null : n.nextSibling) {
    if (n.nodeType === 1 && !INLINE_TAGS.has((n as Element).tagName)) return null;
    if (n.nodeType === 1 && (n as Element).querySelector('*:not(b, i, em, strong, span, a, u, small, mark, font)')) return null;
  }
  return { nodes: nodesIn, first, from: first === a ? start - starts[i]! : 0, last, to: last === b ? end - starts[j]! : 0 };
}
