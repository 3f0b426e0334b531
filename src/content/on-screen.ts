import type { PageText } from './page-text';

/** A run of page.nodes indices, both ends included. */
export interface NodeRange {
  from: number;
  to: number;
}

/**
 * The page text nodes that show in the viewport (with half a screen's margin either side), as a range
 * of indices: what to annotate first. Text nodes come in reading order, which on an article's flow is
 * top to bottom, so two binary searches over their parents' boxes find the range with a few dozen
 * reads instead of one per node. Call it before changing anything on the page: the first read then
 * costs the one layout the browser would do anyway, and none after it is forced. Null with no window.
 */
export function onScreenRange(page: PageText, view: Window | null): NodeRange | null {
  const n = page.nodes.length;
  if (!view || n === 0) return null;
  const margin = view.innerHeight / 2;
  const rect = (i: number): DOMRect | null => page.nodes[i]!.parentElement?.getBoundingClientRect() ?? null;
  // First node whose box ends below the top of the (widened) viewport.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rect(mid)?.bottom ?? 0) >= -margin) hi = mid;
    else lo = mid + 1;
  }
  const from = lo;
  // First node whose box starts below the bottom of the (widened) viewport.
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rect(mid)?.top ?? 0) > view.innerHeight + margin) hi = mid;
    else lo = mid + 1;
  }
  return from < n ? { from, to: Math.max(from, lo - 1) } : null;
}
