import { Readability } from '@mozilla/readability';
import type { ParsedArticle } from '../model/builder/parse-article';

/** Re-exported: it lives apart so that the everywhere-script can use it without Readability. */
export { looksLikeNewsArticle } from './news-signals';

const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Reads the article's title, headings and paragraphs off the page with Readability (on a copy of the
 * document, so the page itself is untouched), in the builder's input form. Null when there is no
 * article body to speak of.
 */
export function extractArticle(doc: Document): ParsedArticle | null {
  const copy = doc.cloneNode(true) as Document;
  const result = new Readability(copy, { serializer: (el: Node) => el, charThreshold: 300 } as never).parse() as
    | { title?: string | null; siteName?: string | null; content?: unknown }
    | null;
  const content = result?.content as Element | undefined;
  if (!content || typeof content.querySelectorAll !== 'function') return null;
  const blocks: ParsedArticle['blocks'] = [];
  for (const el of content.querySelectorAll('h2, h3, h4, p, li, blockquote')) {
    if (el.matches('li p, blockquote p, li li')) continue;
    const text = clean(el.textContent);
    if (!text) continue;
    if (/^H\d$/.test(el.tagName)) blocks.push({ kind: 'heading', text });
    else if (text.length >= 40) blocks.push({ kind: 'paragraph', text });
  }
  const title = clean(doc.querySelector('h1')?.textContent) || clean(result?.title);
  if (!title || !blocks.some((b) => b.kind === 'paragraph')) return null;
  return { title, kicker: clean(result?.siteName), blocks };
}
