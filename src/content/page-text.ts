/**
 * Reads a page's visible text into one string with a map back to its text nodes: the only bridge
 * between the DOM and the pure matcher, which sees strings and offsets alone.
 */
import { drain, type Steps } from '../matching/steps';

/** The page's text and where each text node's data sits inside it. */
export interface PageText {
  /** Text nodes' data in document order; a "\n" stands between blocks (and for <br>), in no node. */
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i]'s first character in `text`. */
  starts: number[];
  /** Offsets of the "\n" separators: the text between two of them is one block of the page. */
  breaks: number[];
}

// Elements whose text is not reading text at all.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'svg', 'CANVAS', 'IFRAME',
  'OBJECT', 'HEAD', 'INPUT', 'BUTTON', 'DRAMATIS-CARD', 'DRAMATIS-FLASH', 'MATH',
]);
// Page furniture that never holds the article's own text, even when it names its people.
const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER', 'FIGCAPTION', 'DIALOG', 'MENU']);
const FURNITURE_ROLES = /^(navigation|complementary|contentinfo|banner|dialog|menu|search)$/;
// Elements that flow inside a line: no break between their text and their neighbours'.
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'DEL', 'INS', 'LABEL', 'DRAMATIS-MENTION',
  'DRAMATIS-QUOTE',
]);

/** True for an element whose subtree is left out of the page text. */
export function isExcluded(el: Element): boolean {
  if (SKIP.has(el.tagName) || FURNITURE.has(el.tagName)) return true;
  // A form is a search box or a sign-up prompt, except on pages built as one form round everything
  // (ASP.NET WebForms): a form holding the page's headline or article is the page, not furniture.
  if (el.tagName === 'FORM' && !el.querySelector('h1, article, main, [role="main"]')) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  return el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden');
}

/**
 * Collects the text under `root`, leaving out scripts, styles, forms and page furniture
 * (navigation, sidebars, footers, captions). Iterative, so a deep page cannot overflow the stack.
 */
export function readPageText(root: Element): PageText {
  return drain(readPageTextSteps(root));
}

/** Nodes visited per step of `readPageTextSteps`: a few ms on a huge page. */
const NODES_PER_STEP = 4000;

/**
 * `readPageText` as pausable steps, for the content script on a huge page. Reading only: a node the
 * page changes between two steps is caught later (the highlighter skips a node whose text changed,
 * and the page watcher runs again after any change that is not ours).
 */
export function* readPageTextSteps(root: Element): Steps<PageText> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const breaks: number[] = [];
  let length = 0;
  let pendingBreak = false;
  const brk = (): void => {
    pendingBreak = true;
  };
  // Stack of nodes to visit; `null` marks leaving a block element.
  const stack: (Node | null)[] = [root];
  let visited = 0;
  while (stack.length) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const node = stack.pop();
    if (node === null) {
      brk();
      continue;
    }
    if (node!.nodeType === 3) {
      const data = (node as Text).data;
      if (data === '') continue;
      if (pendingBreak && length > 0) {
        parts.push('\n');
        breaks.push(length);
        length += 1;
      }
      pendingBreak = false;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      continue;
    }
    if (node!.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && isExcluded(el)) {
      brk();
      continue;
    }
    const inline = INLINE_TAGS.has(el.tagName);
    if (el.tagName === 'BR' || !inline) brk();
    if (!inline) stack.push(null);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { text: parts.join(''), nodes, starts, breaks };
}

/** Index of the text node holding page offset `at` (binary search; offsets are those read, not current data). */
export function nodeAt(page: PageText, at: number): number {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
