/**
 * Which headline is the article's. The first <h1> is often the site's or a section's name ("Allergies
 * Health Center", "Good Morning America"), so the page's headings are compared with the title the
 * page gives in its metadata (as Readability reads it, and its <title>); the closest heading wins, so
 * that the model's title is text on the page.
 */
import { plainText } from '../model/builder/parse-article';

const words = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of the title's words the heading has; 0 for a heading far longer than the title (a teaser). */
function overlap(heading: string, title: string): number {
  const h = words(heading);
  const t = words(title);
  if (t.size === 0 || h.size > t.size * 2 + 3) return 0;
  let shared = 0;
  for (const w of t) if (h.has(w)) shared++;
  return shared / t.size;
}

/**
 * The article's title: the first h1/h2 that has more than half the words of one of `metaTitles`
 * (Readability's title, the document's <title>), else the first h1 of five words or more (a headline,
 * not a site's name), else the first metadata title.
 */
export function articleTitle(doc: Document, metaTitles: readonly string[]): string {
  const metas = metaTitles.map((t) => plainText(t)).filter(Boolean);
  const headings = [...doc.querySelectorAll('h1, h2')].slice(0, 40)
    .map((h) => ({ tag: h.tagName, text: plainText(h.textContent) }))
    .filter((h) => h.text.length > 0 && h.text.length < 300);
  let best = '';
  let bestScore = 0.5;
  for (const h of headings) {
    const score = Math.max(0, ...metas.map((m) => overlap(h.text, m)));
    if (score > bestScore) [best, bestScore] = [h.text, score];
  }
  const headline = headings.find((h) => h.tag === 'H1' && h.text.split(' ').length >= 5)?.text;
  return best || headline || metas[0] || '';
}
