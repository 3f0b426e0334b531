// Only Readability's small readerable test, not Readability itself: this runs in the script injected
// into every page, where the 90 KB parser must not ride along. (The package's index pulls in both.)
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/**
 * What a page says about itself that tells a news article from other readable pages. Three kinds of
 * evidence, from strongest: it declares itself an article (`og:type` article, a schema.org *Article
 * in its JSON-LD); it wraps its body in <article>; it carries a news story's marks, a byline and a
 * publication date, in markup or as a dateline. An encyclopedia entry has none of these.
 */

/** The page declares itself an article in its metadata (Open Graph or JSON-LD). */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(og)) return true;
  return [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .some((s) => /"@type"\s*:\s*(?:\[\s*)?"(?:\w*Article|BlogPosting|LiveBlogPosting)"/.test(s.textContent ?? ''));
}

// Older hand-made sites mark the byline only by its class ("<h3 class="byline">by X<br>Monday, …").
const BYLINE = 'a[rel~="author"], meta[name="author"], [itemprop~="author"], meta[property="article:author"], [class~="byline"]';
const DATE = 'time[datetime], meta[property="article:published_time"], [itemprop~="datePublished"], meta[name="date"], meta[name="pubdate"]';
// "Feb. 23, 2015 -- …", "23 February 2015 —": a dateline opening the story's first paragraph.
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
// Built on first use: this module runs on every page, and a case-folded Unicode pattern costs a
// tenth of a millisecond to build, on pages that mostly never ask.
let dateline: RegExp | null = null;
let date: RegExp | null = null;
const DATE_TEXT = `(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})`;
const datePattern = (): RegExp => (date ??= new RegExp(DATE_TEXT, 'iu'));
const datelinePattern = (): RegExp => (dateline ??= new RegExp(`^\\s*(?:\\p{Lu}[\\p{L} ,.]{0,30}\\s*[(,]?\\s*)?${DATE_TEXT}\\s*(?:--|[-–—(:|])`, 'iu'));

/** The page has a byline and a publication date, in markup, in the byline or as a dateline in a paragraph. */
export function hasNewsMarks(doc: Document): boolean {
  const byline = doc.querySelector(BYLINE);
  if (!byline) return false;
  if (doc.querySelector(DATE)) return true;
  if (datePattern().test(byline.textContent ?? '')) return true;
  return [...doc.querySelectorAll('p')].some((p) => datelinePattern().test(p.textContent ?? ''));
}

// "JAKARTA (Reuters) - …", "WASHINGTON (AP) — …", "LONDON — …": a wire story's dateline, a place in
// capitals (with a region after a comma, "BATON ROUGE, La.") and a source in brackets or a dash. Only
// the first paragraphs are asked: a dateline opens the story, and the test runs on every page.
const WIRE_DATELINE = /^\s*\p{Lu}[\p{Lu}'’.-]+(?:[ ]\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,[ ][\p{L}.'’/ ]{2,30})?\s*(?:\([\p{L}.&' ]{2,30}\)\s*)?[-–—]\s/u;

/** A paragraph among the page's first ones opens with a wire story's dateline (a place in capitals, then a source or a dash). */
export function hasWireDateline(doc: Document): boolean {
  const paragraphs = doc.querySelectorAll('p');
  for (let i = 0; i < Math.min(paragraphs.length, 40); i++) {
    if (WIRE_DATELINE.test(paragraphs[i]!.textContent ?? '')) return true;
  }
  return false;
}

/**
 * The page carries an article's metadata without declaring its type: Open Graph's article namespace
 * (`article:publisher`, `article:published_time`, `article:section` …) or Google News's
 * `news_keywords`. Blogs typed `og:type` "blog" carry them; weaker than a declared type (a site may
 * stamp its publisher on every page), so it counts as a story's mark, with the index-page check.
 */
export function hasArticleMetadata(doc: Document): boolean {
  return doc.querySelector('meta[property^="article:"], meta[name="news_keywords"]') !== null;
}

// A story's address: a date in the path ("/2019/11/18/", "/2018/10/", "2019-11-18"), or a section
// named for news ("/news/", "/news-and-events/", "/press-releases/", "/story/"), then a slug.
const DATE_IN_PATH = /\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\/|(?:19|20)\d\d-[01]\d-[0-3]\d/;
const NEWS_SECTION = /^(?:news|newsroom|press|press-releases?|articles?|story|stories)$/;

/**
 * The page's address reads as one story's: a date or a news section in the path, and a last part that
 * is a slug of four words or more ("ascom-announces-a-strategic-partnership.html"). A company's
 * newsroom or a blog rarely marks its posts up as articles, but its addresses say so (as newspaper's
 * URL test knows); a section or index page ("/news/", "/2019/11/") has no slug. A weak mark, asked
 * with the others: the page must still read as a body of prose and list no stories.
 */
export function hasStoryAddress(doc: Document): boolean {
  let path: string;
  try {
    path = decodeURIComponent(new URL(doc.URL).pathname).toLowerCase();
  } catch {
    return false;
  }
  const parts = path.split('/').filter(Boolean);
  const slug = (parts.pop() ?? '').replace(/\.(?:s?html?|php|aspx?)$/, '');
  if (slug.split(/[-_]+/).filter((w) => /\p{L}/u.test(w)).length < 4) return false;
  return DATE_IN_PATH.test(path) || parts.some((part) => part.split(/[-_]+/).some((w) => NEWS_SECTION.test(w)));
}

// A container named for the story: "article-content", "articlecontent", "story-body", "post-article"
// (a word that starts so: not "history").
const STORY_CONTAINER = /(?:^|[\s_-])(?:article|story)/i;

// A container named for the story's body ("storyBody", "article-body", "story_content").
const STORY_BODY_NAME = /(?:article|story)[-_]?(?:body|content|text)/i;

/**
 * The page's headline sits in a container its class or id names for an article or a story: the
 * <article> element of sites that build their pages from <div>s; or its prose, three paragraphs or
 * more, sits in one named for a story's body (a 2011 "storyBody" with no other mark). A weak mark,
 * asked with the others.
 */
export function hasStoryContainer(doc: Document): boolean {
  for (const h1 of doc.querySelectorAll('h1')) {
    for (let el = h1.parentElement; el && el !== doc.body; el = el.parentElement) {
      if (STORY_CONTAINER.test(el.id) || STORY_CONTAINER.test(el.getAttribute('class') ?? '')) return true;
    }
  }
  // Asked of the paragraphs' near ancestors only (a scan of every class on the page would cost
  // milliseconds on a large one, and this runs on every page that has come this far).
  const prose = new Map<Element, number>();
  const named = new Map<Element, boolean>();
  const isBody = (el: Element): boolean => {
    let yes = named.get(el);
    if (yes === undefined) named.set(el, yes = STORY_BODY_NAME.test(el.id) || STORY_BODY_NAME.test(el.getAttribute('class') ?? ''));
    return yes;
  };
  for (const p of doc.querySelectorAll('p')) {
    let body: Element | null = null;
    for (let el = p.parentElement, k = 0; el && el !== doc.body && k < 3 && !body; el = el.parentElement, k++) if (isBody(el)) body = el;
    if (!body || (p.textContent ?? '').length < 80) continue;
    const n = (prose.get(body) ?? 0) + 1;
    if (n >= 3) return true;
    prose.set(body, n);
  }
  return false;
}

/**
 * A how-to guide (eHow, wikiHow and the like): titled "How to …" and dated nowhere in its markup.
 * Such pages often call themselves an article (`og:type`) and read well, but they are instructions,
 * not a story, and name no one worth a card; leaving them alone spares them the article part. A news
 * explainer titled "How to …" carries a publication date (`article:published_time`, `<time>`), and
 * passes as before.
 */
export function isHowToGuide(doc: Document): boolean {
  const title = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title;
  return /^\s*how to\b/i.test(title) && !doc.querySelector(DATE);
}

/**
 * A page that lists several stories — each an <article> with its own heading, or bylines of four or
 * more writers: a front or section page, whose teasers name people but are no one story. Only asked
 * of pages that do not declare themselves an article, since story pages also wrap their "related"
 * teasers in <article> and credit a few writers.
 */
export function isStoryList(doc: Document): boolean {
  const teasers = [...doc.querySelectorAll('article')].filter((a) => a.querySelector('h1, h2, h3, h4') && !a.querySelector('article'));
  // (Unless one of them is the page's story: its one <h1>, and paragraphs under it; the rest are
  // "more stories" teasers around it.)
  const h1s = doc.querySelectorAll('h1');
  if (h1s.length === 1 && teasers.some((a) => a.contains(h1s[0]!) && a.querySelectorAll('p').length >= 3)) return false;
  const authors = new Set([...doc.querySelectorAll('a[rel~="author"]')].map((a) => a.getAttribute('href') ?? a.textContent));
  return teasers.length >= 3 || authors.size >= 4;
}

/**
 * Whether the page is a news article: it declares itself one (`og:type`, JSON-LD), or it wraps its
 * body in <article>, carries an article's metadata, a byline and a date, opens with a wire dateline or
 * has a story's address — and Readability agrees there is a readable body.
 * A declared article passes with shorter paragraphs (Readability's default wants paragraphs of 140+
 * characters, and a news story told in short ones is still a story); the weaker evidence needs the
 * default, and a page listing several stories is an index, not one. An encyclopedia entry or a
 * shop page says none of this, and a how-to guide is not news: both are left alone.
 */
export function looksLikeNewsArticle(doc: Document): boolean {
  if (isHowToGuide(doc)) return false;
  if (declaresArticle(doc)) return isProbablyReaderable(doc, { minContentLength: 80 }) || hasBodyOutsideParagraphs(doc);
  const marked = doc.querySelector('article') !== null || hasArticleMetadata(doc) || hasNewsMarks(doc) || hasWireDateline(doc) || hasStoryAddress(doc) || hasStoryContainer(doc);
  return marked && !isStoryList(doc) && isProbablyReaderable(doc);
}

/**
 * A sentence ending anywhere in a text: a full stop, a question or an exclamation mark, then a space or
 * the end (furniture-text's SENTENCE_END asks whether the text itself ends as a sentence).
 */
const SENTENCE_BREAK = /[.!?][”"’)]?(?:\s|$)/u;

/**
 * The story's body as schema.org marks it, or as the common blog engines and news sites name it
 * (Blogger's "post-body", WordPress's "entry-content").
 */
export const STORY_BODY = '[itemprop~="articleBody"], .post-body, .entry-content, .article-body, .story-body';

/**
 * The prose of a declared article that Readability's test, which counts only <p> and <pre>, does not
 * see: a body marked `itemprop="articleBody"` (or by a blog engine's class) holding its text bare
 * (paragraphs split by <br> or <div>s), or a list article ("10 things …") whose items are paragraphs.
 * Asked only of pages that declare themselves articles, so a menu or a comment list elsewhere never counts.
 */
export function hasBodyOutsideParagraphs(doc: Document): boolean {
  for (const body of doc.querySelectorAll(STORY_BODY)) {
    const text = body.textContent ?? '';
    if (text.trim().length >= 200 && SENTENCE_BREAK.test(text)) return true;
  }
  let items = 0;
  let length = 0;
  for (const li of doc.querySelectorAll('li')) {
    const text = (li.textContent ?? '').trim();
    if (text.length < 100 || !SENTENCE_BREAK.test(text) || li.querySelector('li')) continue;
    items++;
    length += text.length;
  }
  return items >= 3 && length >= 500;
}
