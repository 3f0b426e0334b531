import { Readability } from '@mozilla/readability';
import { plainText, type ParsedArticle } from '../model/builder/parse-article';
import { readBlocks } from './article-blocks';
import { articleTitle } from './article-title';
import { isFurnitureText, SENTENCE_END } from './furniture-text';
import { STORY_BODY } from './news-signals';
import { readableCopy } from './readable-copy';
import { withSplitParts } from './split-story';

/** Re-exported: it lives apart so that the everywhere-script can use it without Readability. */
export { looksLikeNewsArticle } from './news-signals';

/**
 * Reads the article's title, headings and paragraphs off the page with Readability (on a copy of the
 * document, furniture stripped, so the page itself is untouched), in the builder's input form. A
 * paragraph must read as prose — a sentence, or long — and not be a caption, credit, prompt or list
 * of links; an author's bio is dropped with its heading. Null when there is no article body to speak of.
 */
export function extractArticle(doc: Document): ParsedArticle | null {
  const copy = readableCopy(doc);
  const result = new Readability(copy, { serializer: (el: Node) => el, charThreshold: 500 } as never).parse() as
    | { title?: string | null; siteName?: string | null; content?: unknown }
    | null;
  const content = result?.content as Element | undefined;
  if (!content || typeof content.querySelectorAll !== 'function') return null;
  const title = articleTitle(doc, [plainText(result?.title), doc.title]);
  let blocks = readBlocks(firstStory(content), title);
  // Readability can crown the wrong element: a table of 365 MPs' addresses outweighs the story beside
  // it. Where what it chose holds no prose, the body the page marks as the story's is read instead.
  // (The page is asked first: a second copy is made only where there is such a body.)
  const marked = blocks.some((b) => b.kind === 'paragraph') || !doc.querySelector(STORY_BODY) ? null : readableCopy(doc).querySelector(STORY_BODY);
  if (marked) blocks = readBlocks(marked, title);
  else blocks = withSplitParts(doc, blocks, title);
  if (!blocks.some((b) => b.kind === 'paragraph')) blocks.push(...ledeParagraphs(doc));
  if (!title || !blocks.some((b) => b.kind === 'paragraph')) return null;
  return { title, kicker: plainText(result?.siteName), blocks };
}

/**
 * A feed of stories, each in its own <article> ("Speed Reads"), that Readability took whole for being
 * alike: the page's story is the first of them. A feed's stories hold nearly all its paragraphs, two of
 * them three or more each; a story's body that wraps its photos in <article>s holds its prose outside them.
 */
function firstStory(content: Element): Element {
  const stories = [...content.querySelectorAll('article')].filter((a) => !a.parentElement?.closest('article'));
  const paragraphs = stories.map((a) => a.querySelectorAll('p').length);
  const inStories = paragraphs.reduce((n, k) => n + k, 0);
  const long = paragraphs.filter((k) => k >= 3).length;
  return long >= 2 && inStories >= 0.8 * content.querySelectorAll('p').length ? stories[0]! : content;
}

/**
 * When Readability finds no story (a photo gallery with a paragraph of text beside it), the page's own
 * description names its lede: the paragraph that opens with it, and the paragraphs right after it.
 */
function ledeParagraphs(doc: Document): ParsedArticle['blocks'] {
  const description = plainText(doc.querySelector('meta[property="og:description"], meta[name="description"]')?.getAttribute('content'));
  if (description.length < 60) return [];
  const lede = [...doc.querySelectorAll('p')].find((p) => plainText(p.textContent).startsWith(description.replace(/\s*(?:…|\.\.\.)$/u, '')));
  const out: ParsedArticle['blocks'] = [];
  for (let el: Element | null = lede ?? null; el?.tagName === 'P'; el = el.nextElementSibling) {
    const text = plainText(el.textContent);
    if (text && SENTENCE_END.test(text) && !isFurnitureText(text)) out.push({ kind: 'paragraph', text });
  }
  return out;
}
