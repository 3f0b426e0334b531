/**
 * Tells a news page's furniture from its prose by the words alone: photo credits, "contributed to this
 * report" lines, social and newsletter prompts, date lines. Pure, so it is tested as tables; the DOM
 * side (classes, links) is in strip-furniture.ts and extract-article.ts. Each rule is a convention
 * of newsrooms in general, never of one site; a rule that misfires loses one block, not the article.
 */

/** A block that ends a sentence: final stop, question or exclamation mark, colon, maybe inside quotes. */
export const SENTENCE_END = /[.!?…:;]["'”’)\]]*\s*$/u;

// "(Photo by X/Getty Images)", "(Image: GETTY )", "(Credit: iStock)" closing a caption; not a link
// to more that closes a story's paragraph ("(See pictures of the spill.)").
const CREDIT_END = /\((?!\s*(?:see|watch|read|view|click|look)\b)[^()]*\b(?:photos?|images?|pictures?|credit|getty|reuters|afp|ap|istock|shutterstock|file)\b[^()]*\)\s*$/iu;
// Staff lines: "X contributed to this report.", "(Reporting by X; editing by Y)".
// ("X in Frankfurt and Y in Paris contributed." closes a wire story too.)
const STAFF = /\bcontributed (?:reporting|to this (?:report|story|article))\b|^\(?(?:with )?(?:additional )?(?:reporting|writing|editing|compiled|written|produced) by\b|^[^"“”]{0,200}\bcontributed\.$/iu;
// A prompt addressed to the reader: begins with an imperative and names a channel.
const PROMPT_START = /^(?:follow|reach|contact|email|sign up|subscribe|listen|watch|get|download|join|like|read|see|click|let|don[’']t miss|more)\b/iu;
const CHANNEL = /\b(?:twitter|facebook|instagram|youtube|tiktok|newsletters?|inbox|podcasts?|app|alerts?|subscribe|sign up|email|live|here)\b/iu;
const URL = /https?:\/\/|\bwww\.\w/iu;
const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.]+\b/u;
// The site's legal footer: "© 2015 … All rights reserved", "Community Rules apply to all content …".
const LEGAL = /^(?:©|copyright\b)|\ball rights reserved\b|\b(?:terms of (?:use|service)|privacy policy|community rules|user agreement|cookie policy)\b/iu;
// Words a date line is made of; anything else makes the block prose.
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|updated|published|posted|last|modified|am|pm|a\.m|p\.m|et|est|edt|gmt|utc|bst|pst|pdt|cst|cdt|on|at|by)$/iu;

/** True when a block's text is a date line ("November 19, 2019 | 4:20am | Updated …"), not prose. */
export function isDateLine(text: string): boolean {
  // "2019Updated": words run together where a page put two elements side by side.
  const words = text.replace(/(\d)(\p{L})/gu, '$1 $2').split(/[^\p{L}\p{N}.]+/u).map((w) => w.replace(/\.$/u, '')).filter(Boolean);
  return /\d/u.test(text) && words.length > 0 && words.every((w) => /^[\d:.]+(?:am|pm)?$/iu.test(w) || DATE_WORD.test(w));
}

/**
 * True when a paragraph of the extracted article is page furniture by its words: a caption ending in
 * a photo credit, a staff or contributor line, a prompt to follow, subscribe or listen, a short block
 * with a web address, a date line, the site's legal footer. Long prose that happens to mention a newsletter stays prose.
 */
export function isFurnitureText(text: string): boolean {
  const t = text.trim();
  if (CREDIT_END.test(t) || isDateLine(t)) return true;
  // A wire story's credits in brackets are furniture however many reporters they list.
  if (/^\(.*\)$/su.test(t) && STAFF.test(t)) return true;
  if (t.length > 240) return false;
  // A prompt is short and quotes no one: "Get out, he said in an email" is a story's sentence. (A
  // writer's contact line with an address may run longer, a subscription pitch after it.)
  const prompt = (t.length < 160 || EMAIL.test(t)) && !/["“”]/u.test(t) && PROMPT_START.test(t) && CHANNEL.test(t);
  // A box's heading set as a paragraph ("More from AllBusiness.com:").
  const boxHeading = t.length < 80 && !/["“”]/u.test(t) && FURNITURE_HEADING.test(t);
  return STAFF.test(t) || prompt || (URL.test(t) && t.length < 200) || (LEGAL.test(t) && !/["“”]/u.test(t)) || boxHeading;
}

// Headings that open a box of links or a bio, not a section of the story.
const FURNITURE_HEADING = /^(?:about the authors?|more from\b|more:?$|related\b|read more|see more|most (?:read|popular|viewed|shared)|trending|recommended|you (?:may|might) also like|latest (?:news|stories)|breaking news|top stories|don[’']t miss|(?:sign up|subscribe)\b)|newsletter|\bemails?$/iu;

/** True for a heading of page furniture ("About the author", "More from UK", "Breaking News Emails"). */
export function isFurnitureHeading(text: string): boolean {
  return FURNITURE_HEADING.test(text.trim());
}

/** True for the heading of an author's bio: what follows it to the next heading is the bio. */
export function opensBio(text: string): boolean {
  return /^about the authors?\b/iu.test(text.trim());
}

// "Corey Kilgannon is a Metro reporter …", "Nelson D. Schwartz has covered economics since 2012.",
// "Sarah Archer is the author of …": a name, then what the writer does for a living.
const BIO = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,?\s+(?:(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,6}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|critic|author|producer|photographer)\b|(?:has\s+)?(?:covered|covers|writes\s+about|reports\s+on)\b)/u;

// "Gail Gardner is the …", "Michael Ignatieff teaches at …": a full name opening a sentence about
// what the person does.
const NAMED_BIO = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}'’-]+),?\s+(?:is|was|teaches|writes|works|covers|lives|has|founded|runs|blogs)\b/u;

/**
 * The name a closing paragraph opens with when it reads like a bio ("Gail Gardner is the …"): the
 * caller checks that the story names that person nowhere else, which makes it the writer's bio.
 */
export function bioName(text: string): string | null {
  const t = text.trim();
  return t.length < 400 ? NAMED_BIO.exec(t)?.[1] ?? null : null;
}

/**
 * True for an author's bio as the story's last paragraph. Only asked of the paragraphs that close
 * the article: in the body, "X is a reporter for …" may well be the news.
 */
export function isAuthorBio(text: string): boolean {
  return BIO.test(text.trim());
}
