/**
 * A cheap, bounded sample of a page's reading text, for the everywhere-script's first look.
 *
 * `body.textContent` is one native call, but it copies every text node of the page, inline scripts,
 * styles and JSON blobs included: 7 ms on Wikipedia's 86,000 characters and 14 ms on a 476 KB page on
 * the shared test machine, on every page a reader opens. The text of the `<p>` elements, read until
 * SAMPLE_CHARS, costs a twentieth of that and holds what a story's people are named in. The trade-off:
 * a page that writes its story in bare `<div>`s has next to no `<p>` text; below MIN_SAMPLE_CHARS the
 * sample is not taken to speak for the page, and the caller reads the whole text as before.
 */

/** Where the sample stops: an article names most of its people within its first 20,000 characters (some 3,000 words). */
export const SAMPLE_CHARS = 20_000;

/** Less `<p>` text than this, and the page does not write its text in paragraphs. */
export const MIN_SAMPLE_CHARS = 1_500;

/**
 * The text of the page's paragraphs (and of its title and first heading, which name the story's
 * people too), joined by newlines, up to about `limit` characters; null when the page has too little
 * paragraph text for a sample to speak for it.
 */
export function readingSample(doc: Document, limit = SAMPLE_CHARS): string | null {
  const parts = [doc.title, doc.querySelector('h1')?.textContent ?? ''];
  let length = 0;
  for (const p of doc.getElementsByTagName('p')) {
    const text = p.textContent ?? '';
    parts.push(text);
    length += text.length;
    if (length >= limit) break;
  }
  return length >= MIN_SAMPLE_CHARS ? parts.join('\n') : null;
}
