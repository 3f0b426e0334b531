import { stripFurniture } from './strip-furniture';

/** A copy of the document for Readability: furniture stripped, a page hidden whole until its scripts run shown. */
export function readableCopy(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  stripFurniture(copy);
  // Some sites hide everything (`style="display: none"` on the wrapper of the whole page) until their
  // scripts have laid it out, an anti-flicker guard; Readability skips what is hidden, so it would
  // find nothing, where the reader is about to see the whole page.
  const total = copy.body?.textContent?.length ?? 0;
  for (const el of copy.body?.querySelectorAll<HTMLElement>('[style*="display"]') ?? []) {
    if (total > 0 && el.style.display === 'none' && (el.textContent?.length ?? 0) * 2 >= total) el.style.removeProperty('display');
  }
  return copy;
}
