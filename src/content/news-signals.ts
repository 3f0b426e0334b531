// Only Readability's small readerable test, not Readability itself: this runs in the script injected
// into every page, where the 90 KB parser must not ride along. (The package's index pulls in both.)
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * Whether the page presents itself as a news article: an <article> element, `og:type` article, or a
 * schema.org *Article in its JSON-LD — and Readability agrees there is a readable body. An encyclopedia
 * entry or a shop page says none of this, and is left alone. The cheap signals come first, so most
 * pages never reach the readerable test, which reads the text of every paragraph.
 */
export function looksLikeNewsArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  const says = doc.querySelector('article') !== null || /article/i.test(og) ||
    [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) => /"@type"\s*:\s*"\w*Article"/.test(s.textContent ?? ''));
  return says && isProbablyReaderable(doc);
}
