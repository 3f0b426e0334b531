/**
 * Takes page furniture out of a copy of the document before Readability reads it: captions, photo
 * credits, bylines, author boxes, newsletter and share prompts, related and "most read" boxes. Readability
 * keeps a figure's caption and some boxes beside the story, and the builder would take the people they
 * name (a photographer, the reporter, another story's subject) for the article's.
 */

// Class or id words of furniture on news sites in general (WordPress, Arc, Brightspot and the like).
const FURNITURE_CLASS = /caption|credit|byline|dateline|author|newsletter|related|promo|recirc|share|social|subscri|signup|sign-up|most-?(?:read|popular|viewed)|trending|outbrain|taboola|read-?more|see-?also/i;

// A post embedded in the story ("social-media-embed" around a tweet): the words of people in the story,
// which the article quotes as much as its paragraphs, not a share button.
const EMBEDDED_POST = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote[class*="embed"]';

/** Letters of an element's text: cheap, and enough to compare sizes. */
const size = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * A box a site tucks inside a paragraph to pop up on hover (a person's photo and links to their other
 * stories): a photo or a box and three links or more, mostly link text, within a paragraph that has
 * words of its own.
 */
function hoverCard(el: Element): boolean {
  if (el.tagName === 'P' || el.tagName === 'A' || !el.parentElement?.closest('p')) return false;
  const links = el.querySelectorAll('a');
  // A card shows a photo or a box; a span that only wraps linked names ("<a>X</a> and <a>Y</a>") is prose.
  if (links.length < 3 || !el.querySelector('img, div, ul, ol')) return false;
  let linked = 0;
  for (const a of links) linked += size(a);
  const own = size(el);
  // The innermost such box: the name it hangs from, beside it in a wrapper, stays.
  return linked > own * 0.6 && own < size(el.parentElement.closest('p')!) && ![...el.children].some(hoverCard);
}

/**
 * Removes from `doc` (a detached copy: the page itself is never touched) every figcaption, and every
 * element whose class or id names furniture — unless it is large: a class like "article-author-x" on
 * the story's own container must not take the story with it, so an element holding more than a fifth
 * of the paragraphs' text stays.
 */
export function stripFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  let prose = 0;
  for (const p of body.querySelectorAll('p')) prose += size(p);
  const limit = Math.max(200, prose / 5);
  const doomed: Element[] = [];
  for (const el of body.querySelectorAll('*')) {
    // Document order: an element inside the last one doomed goes with it, unmeasured.
    if (doomed.length && doomed[doomed.length - 1]!.contains(el)) continue;
    if (el.tagName === 'FIGCAPTION' || hoverCard(el)) doomed.push(el);
    else if ((el.hasAttribute('class') || el.id) && el.tagName !== 'ARTICLE' && el.tagName !== 'MAIN' && FURNITURE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) && size(el) <= limit
      && !el.querySelector(EMBEDDED_POST)) doomed.push(el);
  }
  for (const el of doomed) el.remove();
  // Readability weighs a wrapper classed "social-media-embed" as furniture and drops it, post and all:
  // a wrapper that holds nothing but the post gives way to it.
  for (const post of body.querySelectorAll(EMBEDDED_POST)) {
    for (let wrapper = post.parentElement; wrapper && wrapper !== body && size(wrapper) === size(post) && wrapper.tagName === 'DIV'; wrapper = post.parentElement) {
      wrapper.replaceWith(post);
    }
  }
}
