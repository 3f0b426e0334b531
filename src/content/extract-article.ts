import { Readability } from '@mozilla/readability';
import { NAME_WORDS, POST_SIGNATURE } from '../model/builder/capitalized-runs';
import { plainText, type ParsedArticle } from '../model/builder/parse-article';
import { articleTitle } from './article-title';
import { bioName, isAuthorBio, isFurnitureHeading, isFurnitureText, opensBio, SENTENCE_END } from './furniture-text';
import { stripFurniture } from './strip-furniture';

/** Re-exported: it lives apart so that the everywhere-script can use it without Readability. */
export { looksLikeNewsArticle } from './news-signals';
import { STORY_BODY } from './news-signals';

/**
 * Whether an element is mostly links: a list of other stories. A paragraph whose own words make a
 * clause around its link ("The suspect, X, was convicted and <a>sentenced to life</a>.") is prose.
 */
function mostlyLinks(el: Element, text: string): boolean {
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += plainText(a.textContent).length;
  const density = text.length ? linked / text.length : 0;
  if (density <= 0.5) return false;
  if (el.tagName !== 'P' || density > 0.8) return true;
  const own = el.cloneNode(true) as Element;
  for (const a of own.querySelectorAll('a')) a.remove();
  return plainText(own.textContent).split(' ').length < 6;
}

/** A short paragraph all in bold and not a sentence ("UP NEXT", "TIP-INS"): a heading written as a paragraph. */
function boldHeading(el: Element, text: string): boolean {
  if (el.tagName !== 'P' || text.length > 80 || SENTENCE_END.test(text)) return false;
  const bold = [...el.querySelectorAll('strong, b')].map((b) => plainText(b.textContent)).join(' ');
  return bold === text;
}

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
  let blocks = readBlocks(content, title);
  // Readability can crown the wrong element: a table of 365 MPs' addresses outweighs the story beside
  // it. Where what it chose holds no prose, the body the page marks as the story's is read instead.
  const marked = blocks.some((b) => b.kind === 'paragraph') ? null : readableCopy(doc).querySelector(STORY_BODY);
  if (marked) blocks = readBlocks(marked, title);
  else blocks = withSplitParts(doc, blocks, title);
  if (!blocks.some((b) => b.kind === 'paragraph')) blocks.push(...ledeParagraphs(doc));
  if (!title || !blocks.some((b) => b.kind === 'paragraph')) return null;
  return { title, kicker: plainText(result?.siteName), blocks };
}

/**
 * A story split over several containers alike (`<div class="story-text">` around each run of
 * paragraphs, ads between them) of which Readability kept one: the story is every such container's
 * paragraphs, in page order. The containers are those holding the paragraphs it kept, and every
 * other element of the same tag and class; only used when that adds paragraphs.
 */
function withSplitParts(doc: Document, blocks: ParsedArticle['blocks'], title: string): ParsedArticle['blocks'] {
  const kept = new Set(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  if (kept.size === 0) return blocks;
  const copy = readableCopy(doc);
  const holders = new Set<Element>();
  for (const p of copy.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent && parent !== copy.body && parent.classList.length > 0 && kept.has(plainText(p.textContent))) holders.add(parent);
  }
  const signature = (el: Element): string => `${el.localName}.${[...el.classList].map((c) => CSS_ESCAPE(c)).join('.')}`;
  // The container and its parent alike: a story's parts sit in the same kind of column; a box of
  // other stories or a bio that reuses the paragraph class sits elsewhere.
  const kind = (el: Element): string => `${el.parentElement ? signature(el.parentElement) : ''} > ${signature(el)}`;
  const kinds = new Set([...holders].map(kind));
  if (kinds.size !== 1) return blocks;
  const [only] = kinds;
  const alike = [...copy.querySelectorAll(signature([...holders][0]!))].filter((el) => kind(el) === only);
  if (alike.length < 2) return blocks;
  const merged = alike.flatMap((el) => readBlocks(el, title));
  const paragraphs = merged.filter((b) => b.kind === 'paragraph');
  // Only more of the same story: every paragraph kept is still there, and more came.
  return paragraphs.length > kept.size && [...kept].every((t) => paragraphs.some((b) => b.text === t)) ? merged : blocks;
}

/** `CSS.escape` where there is one (browsers), else a plain escape of what a class may hold. */
const CSS_ESCAPE = (s: string): string => (globalThis.CSS?.escape ? globalThis.CSS.escape(s) : s.replace(/[^\w-]/gu, (c) => `\\${c}`));

/** A copy of the document for Readability: furniture stripped, a page hidden whole until its scripts run shown. */
function readableCopy(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  stripFurniture(copy);
  // Some sites hide everything (`style="display: none"` on the wrapper of the whole page) until their
  // scripts have laid it out, an anti-flicker guard; Readability skips what is hidden, so it would
  // find nothing, where the reader is about to see the whole page.
  const total = copy.body?.textContent?.length ?? 0;
  for (const el of copy.body?.querySelectorAll<HTMLElement>('[style*="display"]') ?? []) {
    if (el.style.display === 'none' && (el.textContent?.length ?? 0) * 2 >= total) el.style.removeProperty('display');
  }
  return copy;
}

/**
 * The title's, headings' and paragraphs' blocks of an article's content element: prose only, not
 * captions, credits, prompts, lists of links or an author's bio.
 */
function readBlocks(content: Element, title: string): ParsedArticle['blocks'] {
  const blocks: ParsedArticle['blocks'] = [];
  let inBio = false;
  for (const el of content.querySelectorAll('h2, h3, h4, p, li, blockquote')) {
    if (el.matches('li p, blockquote p, li li')) continue;
    // A paragraph holding paragraphs (a wrapper Readability turned into a <p>): its children are read
    // one by one; read whole, the story would be one block, credit lines and all.
    if (el.tagName === 'P' && el.querySelector('p, h2, h3, h4, li, blockquote')) continue;
    const text = plainText(el.textContent);
    if (!text || mostlyLinks(el, text)) continue;
    // A heading element inside the body that holds a whole sentence is a story line set in a heading's
    // type (some sites set every other paragraph so): read as a paragraph, so its people and speakers
    // carry on. A real subhead rarely ends with a full stop; a question ("What happens next?") stays a
    // heading, and so does a standfirst before the first paragraph.
    const storyLine = blocks.some((b) => b.kind === 'paragraph') && /\.["'”’)\]]*$/u.test(text) && text.split(' ').length >= 8;
    if ((/^H\d$/.test(el.tagName) && !storyLine) || boldHeading(el, text)) {
      inBio = opensBio(text);
      if (!isFurnitureHeading(text) && text !== title) blocks.push({ kind: 'heading', text });
      continue;
    }
    if (inBio || isFurnitureText(text)) continue;
    // A story set as one <p> whose paragraphs are lines ("…shotgun.<br>“He left …”"): each its own
    // paragraph, as the reader sees them, so that a quotation is read beside the sentence before it.
    const lines = el.tagName === 'P' && el.querySelector('br') ? linesOf(el) : [];
    if (lines.filter((l) => SENTENCE_END.test(l) && isProse(l)).length >= 2) {
      for (const line of lines) if (isProse(line) && !isFurnitureText(line)) blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    // An interview's short answer ("A: Bob Marley, Bruno Mars") right after its question is the story's.
    if (isProse(text) || (/^A[:.]\s/u.test(text) && /^Q[:.]\s/u.test(blocks[blocks.length - 1]?.text ?? ''))) blocks.push({ kind: 'paragraph', text });
    // A paragraph of lines ("<strong>Title</strong><br>Author<br>Publisher, $18.99"), as a roundup
    // sets each entry: its sentences, and the names set apart on a line (a panel's, if several).
    else if (el.tagName === 'P' && el.querySelector('br')) {
      for (const line of linesOf(el)) if ((isProse(line) || CREDIT_NAME_LINE.test(line)) && !isFurnitureText(line)) blocks.push({ kind: 'paragraph', text: line });
    }
  }
  // The writer's bio closes many stories without a heading of its own, and so do the torn ends of a
  // print line ("… with the headline:"), a fragment in lower case.
  // So does a bio of someone the story never names ("Gail Gardner is the …"): the writer.
  const unnamedElsewhere = (t: string): boolean => {
    const name = bioName(t);
    const surname = name?.split(/\s+/u).pop();
    return !!surname && !blocks.some((b) => b.text !== t && b.text.includes(surname)) && !title?.includes(surname);
  };
  const tail = (t: string): boolean => isAuthorBio(t) || (t.length < 60 && /^\p{Ll}/u.test(t)) || unnamedElsewhere(t);
  while (blocks.length > 1 && blocks[blocks.length - 1]!.kind === 'paragraph' && tail(blocks[blocks.length - 1]!.text)) blocks.pop();
  return blocks;
}

/**
 * Prose: a sentence of three words or more, or a long block (a list item may lack its full stop). An
 * embedded post signed by its author is the story's, however short ("Great day for it :/ — X (@x) …").
 */
function isProse(text: string): boolean {
  return SENTENCE_END.test(text) ? text.split(' ').length >= 3 : text.length >= 120 || POST_SIGNATURE.test(text);
}

// A name set apart on its line (NAME_LINE), perhaps with a credit after it ("Arthur Dorros; illustrated by Raúl Colón").
const CREDIT_NAME_LINE = new RegExp(String.raw`^${NAME_WORDS}(?:[;,]\s+(?:illustrated|translated|edited|written|photographed|narrated|read)\s+by\s+${NAME_WORDS})?$`, 'u');

/** The lines of an element, as its <br>s break them, each as plain text; empty ones left out. */
function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? '';
      else if ((child as Element).tagName === 'BR') lines.push('');
      else walk(child);
    }
  };
  walk(el);
  return lines.map((l) => plainText(l)).filter(Boolean);
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
