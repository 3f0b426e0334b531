import { plainText, type ParsedArticle } from '../model/builder/parse-article';
import { readBlocks } from './article-blocks';
import { readableCopy } from './readable-copy';

/**
 * A story split over several containers alike (`<div class="story-text">` around each run of
 * paragraphs, ads between them) of which Readability kept one: the story is every such container's
 * paragraphs, in page order. The containers are those holding the paragraphs it kept, and every
 * other element of the same tag and class; only used when that adds paragraphs.
 */
export function withSplitParts(doc: Document, blocks: ParsedArticle['blocks'], title: string): ParsedArticle['blocks'] {
  const kept = new Set(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  // The page itself is asked first: most stories are one container, and need no second copy.
  if (kept.size === 0 || alikeContainers(doc, kept).length < 2) return blocks;
  const alike = alikeContainers(readableCopy(doc), kept);
  if (alike.length < 2) return blocks;
  const merged = alike.flatMap((el) => readBlocks(el, title));
  const paragraphs = merged.filter((b) => b.kind === 'paragraph');
  // Only more of the same story: every paragraph kept is still there, and more came.
  return paragraphs.length > kept.size && [...kept].every((t) => paragraphs.some((b) => b.text === t)) ? merged : blocks;
}

/**
 * The containers alike of the paragraphs `kept` (their one tag and class, in the same kind of parent),
 * in page order; none when the paragraphs sit in containers of more than one kind.
 */
function alikeContainers(root: Document, kept: ReadonlySet<string>): Element[] {
  const holders = new Set<Element>();
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent && parent !== root.body && parent.classList.length > 0 && kept.has(plainText(p.textContent))) holders.add(parent);
  }
  // The container and its parent alike: a story's parts sit in the same kind of column; a box of
  // other stories or a bio that reuses the paragraph class sits elsewhere.
  const kinds = new Set([...holders].map(kind));
  if (kinds.size !== 1) return [];
  const [only] = kinds;
  // Inside the story's own <article>, if it has one: a feed of stories ("Speed Reads") gives each its
  // own <article> and the same containers.
  const home = [...holders][0]!.closest('article');
  return [...root.querySelectorAll(signature([...holders][0]!))].filter((el) => kind(el) === only && (!home || el.closest('article') === home));
}

const signature = (el: Element): string => `${el.localName}.${[...el.classList].map((c) => CSS_ESCAPE(c)).join('.')}`;
const kind = (el: Element): string => `${el.parentElement ? signature(el.parentElement) : ''} > ${signature(el)}`;

/** `CSS.escape` where there is one (browsers), else a plain escape of what a class may hold. */
const CSS_ESCAPE = (s: string): string => (globalThis.CSS?.escape ? globalThis.CSS.escape(s) : s.replace(/[^\w-]/gu, (c) => `\\${c}`));
