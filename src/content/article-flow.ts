import type { Placement } from '../matching/align';
import { nodeAt, type PageText } from './page-text';

// Class or id words of page parts inside an article that are not its text.
const NOT_TEXT = /related|promo|advert|\bads?\b|ad-|sponsor|newsletter|share|social|comment|caption|credit|byline|author|meta|tags?\b|sidebar|trending|breadcrumb|most-?read|recommend|teaser|embed/i;
const SENTENCE_END = /[.!?…]["'”’)\]]*\s*$/u;

/** The element farthest from the root that holds every given node (the article's container). */
export function commonAncestor(nodes: Node[]): Element | null {
  let anc: Node | null = nodes[0]?.parentNode ?? null;
  for (const n of nodes) while (anc && !anc.contains(n)) anc = anc.parentNode;
  return anc && anc.nodeType === 1 ? (anc as Element) : null;
}

/**
 * The page's blocks that lie in the article's flow — inside the element holding all its placed
 * paragraphs — but match no model block: an update, a live line, an added quote. Blocks that read
 * as page furniture (a "related" box, a caption, a byline) or are not sentences are left out.
 */
export function unplacedBlocks(page: PageText, placements: readonly Placement[], container: Element): { start: number; end: number }[] {
  if (placements.filter((p) => p.block.startsWith('p')).length < 2) return [];
  const sorted = [...placements].sort((a, b) => a.start - b.start);
  let next = 0;
  const bounds = [-1, ...page.breaks, page.text.length];
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const start = bounds[k]! + 1;
    const end = bounds[k + 1]!;
    const text = page.text.slice(start, end);
    if (text.trim().length < 30 || !SENTENCE_END.test(text)) continue;
    // Placements are sorted: skip those that end before this block, then check the first that remains.
    while (next < sorted.length && sorted[next]!.end <= start) next++;
    if (next < sorted.length && sorted[next]!.start < end) continue;
    const node = page.nodes[nodeAt(page, start)]!;
    if (!container.contains(node)) continue;
    let furniture = false;
    for (let el = node.parentElement; el && el !== container; el = el.parentElement) {
      if (NOT_TEXT.test(`${el.className} ${el.id}`)) furniture = true;
    }
    if (!furniture) out.push({ start, end });
  }
  return out;
}
