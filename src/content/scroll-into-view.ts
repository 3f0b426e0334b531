/**
 * Height of the page's own fixed or sticky bars at the top of the viewport (a site header), so that
 * what we scroll to or show is not hidden under them. Probes the elements at the top edge only.
 */
export function topObstruction(doc: Document): number {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return 0;
  let bottom = 0;
  for (const x of [view.innerWidth / 4, view.innerWidth / 2, (3 * view.innerWidth) / 4]) {
    for (const hit of doc.elementsFromPoint(x, 1)) {
      for (let el: Element | null = hit; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
        const pos = view.getComputedStyle(el).position;
        if (pos !== 'fixed' && pos !== 'sticky') continue;
        const r = el.getBoundingClientRect();
        if (r.top <= 1 && r.bottom < view.innerHeight / 3) bottom = Math.max(bottom, r.bottom);
      }
    }
  }
  return bottom;
}

/**
 * Scrolls `el` to the top of the viewport, below any fixed header. An instant jump, not a smooth
 * scroll: a page behind the popup (or behind the popup opened as a tab) gets few animation frames,
 * and a smooth scroll there crawls or overshoots.
 */
export function scrollToElement(el: Element): void {
  const doc = el.ownerDocument;
  el.scrollIntoView({ block: 'start', behavior: 'auto' });
  const offset = topObstruction(doc);
  if (offset > 0) doc.defaultView?.scrollBy({ top: -(offset + 8), behavior: 'auto' });
}
