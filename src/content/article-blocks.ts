import { NAME_WORDS, POST_SIGNATURE } from '../model/builder/capitalized-runs';
import { plainText, type ParsedArticle } from '../model/builder/parse-article';
import { bioName, isAuthorBio, isFurnitureHeading, isFurnitureText, opensBio, SENTENCE_END } from './furniture-text';

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
 * The title's, headings' and paragraphs' blocks of an article's content element: prose only, not
 * captions, credits, prompts, lists of links or an author's bio.
 */
export function readBlocks(content: Element, title: string): ParsedArticle['blocks'] {
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
    else if (lines.length > 0) {
      for (const line of lines) if ((isProse(line) || CREDIT_NAME_LINE.test(line)) && !isFurnitureText(line)) blocks.push({ kind: 'paragraph', text: line });
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
