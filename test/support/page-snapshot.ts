/**
 * What a test reads off an annotated page. `snapshotPage` is self-contained (no imports, no closures)
 * so that the same function runs on a jsdom document and, through its source text, inside a real browser.
 */
export interface PageSnapshot {
  mentions: { actor: string; text: string }[];
  quotes: { quote: string; speaker: string; text: string }[];
  /** Selectors of page furniture that hold an annotation (should be none). */
  leaks: string[];
  /** Annotations nested inside annotations of the same kind (should be 0). */
  nested: number;
  /** document.body.textContent with <dramatis-card> elements removed. */
  text: string;
}

export function snapshotPage(doc: Document, untouched: string[]): PageSnapshot {
  const mentions = Array.from(doc.querySelectorAll('dramatis-mention')).map((m) => ({
    actor: m.getAttribute('data-actor') ?? '',
    text: m.textContent ?? '',
  }));
  const byQuote = new Map<string, { quote: string; speaker: string; text: string }>();
  for (const q of Array.from(doc.querySelectorAll('dramatis-quote'))) {
    const id = q.getAttribute('data-quote') ?? '';
    const seen = byQuote.get(id);
    if (seen) seen.text += q.textContent ?? '';
    else byQuote.set(id, { quote: id, speaker: q.getAttribute('data-speaker') ?? '', text: q.textContent ?? '' });
  }
  const leaks = untouched.filter((sel) =>
    Array.from(doc.querySelectorAll(sel)).some((el) => el.querySelector('dramatis-mention, dramatis-quote') !== null));
  const nested = doc.querySelectorAll('dramatis-mention dramatis-mention, dramatis-quote dramatis-quote').length;
  const clone = doc.body.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('dramatis-card').forEach((c) => c.remove());
  return { mentions, quotes: Array.from(byQuote.values()), leaks, nested, text: clone.textContent ?? '' };
}
