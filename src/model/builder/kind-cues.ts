import { isRoleNoun, NON_PERSON_WORDS, ROLE_NOUNS } from './lexicon';
import type { WordList } from '../tagger/sorted-word-list';
import type { Entity } from '../tagger/tag-entities';

/**
 * Grammar that says a name is not a person's, wherever it is used: English keeps "which" for things
 * and "who" for people, and the items of one list are of one kind. Each cue is weak alone, so the
 * builder only lets it overrule a name that nothing but the tagger vouches for (see `findPeople`).
 */

// "Con Edison, which maintains …": a relative "which" right after the name.
const WHICH_AFTER = /^[’']?s?,?\s+which\b/u;

// "Ansar al-Sharia, an al-Qaeda-linked organization": an apposition whose head is a kind of body or
// thing ("a company spokesman" and "a member of the group" have a person for head).
const THING_APPOSITION = /^,\s+(?:a|an|the|its|their)\s+(?:(?!(?:of|for|at|to|in|with|by)\s)[\p{L}-]+\s+){0,3}?(?:organi[sz]ation|group|company|firm|party|movement|militia|faction|coalition|network|agency|charity|nonprofit|non-profit|startup|start-up|band|brand|newspaper|magazine|website|app|platform|outlet|club|team|show|series|film|novel|book|album|song|game|product|ship|restaurant|hotel|river|island|town|village|city|region|province|district)(?=\s*(?:[,.;:)—–]|$)|\s+(?:that|which|based|founded|led|run|in|of|with|from|known|whose|on|at)\b)/u;

// "a Ford Focus", "the northern Sierra Nevada", "its Dream Chaser": a person's name takes no article. Only a word of
// direction may stand between: any other ("the day X died", "the struggling X") may qualify a person
// or start a clause, and a role noun there ("the actor X") vouches for the person anyway.
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|The|A|An|its|their|our|Its|Their|Our)\s+(?:(?:north|south|east|west)(?:ern)?\s+|central\s+|upper\s+|lower\s+)?$/u;

const IN_PLACE_PHRASE = /(?:^|[^\p{L}])(?:in|at|near|from)\s+(?:\p{Lu}[\p{L}.-]*,?\s+){0,2}$/u;
// "the X shooting", "a Jimmy Buffett fan", "the Sanders campaign": a name lent to a noun said only of
// people (what befell them, who follows them, what they made or ran) is a person's, article or not.
const PERSON_EVENT_AFTER = /^\s+(?:shooting|killing|death|murder|slaying|assassination|case|trial|verdict|funeral|family|saga|affair|scandal|investigation|probe|indictment|fans?|supporters?|admirers?|loyalists?|voters?|ally|allies|critics?|impersonator|lookalike|biopic|memoir|biography|tribute|campaign|presidency|songs?|concert|story|legacy)\b/u;

// "great aura at Heinz Field", "a rally in Mar Lago": a place preposition before a name that is no one's
// possessor. People are met "at" places; weak alone, like every cue here.
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:at|in|near|inside|outside)\s+$/u;

// "fired a shot at X", "laughed at X", "angry at X": an "at" that aims at someone, not a place.
const AIMED_AT = /(?:^|[^\p{L}])(?:shots?|fired|fires|aim(?:s|ed)?|look(?:s|ed)?|glanced|stared?|laugh(?:s|ed)?|yell(?:s|ed)?|shout(?:s|ed)?|lash(?:es|ed)|swung|swipes?|jabs?|digs?|hurled|threw|pointed|angry|mad|furious|upset)\s+at\s+$/u;

// "strategist at Miller Tabak", "director of X": the place of work after a role is an organization.
const ROLE_AT = /(?:^|[^\p{L}])(\p{Ll}[\p{L}-]*)\s+(?:at|of)\s+$/u;

// "franchises such as A, B, C", "options like A": the items of a list that a noun for things introduces are things.
const SUCH_AS = new RegExp(String.raw`(\p{Ll}+)\s+(?:such\s+as|including|like)\s+(?:\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*,\s+)*$`, 'u');
const HUMAN_PLURALS = new Set(['people', 'men', 'women', 'children', 'kids', 'figures', 'names', 'celebrities', 'personalities', 'individuals', 'athletes', 'politicians', 'officials', 'members', 'leaders', 'others', 'colleagues', 'friends', 'rivals', 'legends', 'greats', 'stars', 'icons', 'alumni', 'alumnae']);
const isHumanNoun = (w: string): boolean =>
  HUMAN_PLURALS.has(w) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/e?s$/u, '')) || ROLE_NOUNS.has(w.replace(/s$/u, ''));

// "FC Porto, Chelsea, Real Madrid and …": a capitalized list item right before or after the name.
// It must be joined by "and"/"or" or sit inside a longer list, so that an apposition ("X, Reuters’
// correspondent") or a fronted place ("In London, X said") is not taken for a list.
const ITEM = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|of|the|al|el))*`;
const ITEM_BEFORE = new RegExp(String.raw`(?:,\s+)(${ITEM}),\s+$|(${ITEM}),?\s+(?:and|or)\s+$`, 'u');
const ITEM_AFTER = new RegExp(String.raw`^,?\s+(?:and|or)\s+(${ITEM})(?![’']s\b)|^,\s+(${ITEM})(?=,|\s+(?:and|or)\s)`, 'u');

// What lies between two items of one list: more capitalized items, commas, and "and" or "or" before the last.
const LIST_BETWEEN = new RegExp(String.raw`^(?:,\s+${ITEM})*(?:,\s+|,?\s+(?:and|or)\s+)$`, 'u');

// A capital inside a word, after a prefix that personal names do not have ("SoftBank", "PayPal");
// "McDonald", "DeSantis", "LeBron", "O’Brien" keep theirs.
const INNER_CAPITAL = /^(\p{Lu}\p{Ll}+)\p{Lu}/u;
const NAME_PREFIXES = new Set(['Mc', 'Mac', 'De', 'Di', 'Da', 'Du', 'Del', 'Della', 'La', 'Le', 'Lo', 'Ja', 'Jo', 'Ke', 'Ka', 'Fitz', 'Van', 'Von', 'St']);

/**
 * True when a word is capitalized inside the way brands are and names are not ("SoftBank"); a given
 * name before the capital makes a name of it ("MaryAnn" when `given` knows "mary").
 */
export function brandShaped(word: string, given?: WordList): boolean {
  // "JPMorgan", "GlaxoSmithKline": capitals run into lowercase the way no personal name does.
  if (/^\p{Lu}{2,}\p{Ll}{2,}/u.test(word)) return true;
  const m = INNER_CAPITAL.exec(word);
  return m !== null && !NAME_PREFIXES.has(m[1]!) && !(given?.has(m[1]!.toLowerCase()) ?? false);
}

/** How sure the tagger must be that a name is a place, organization or work for that to count against a person. */
export const SURE_KIND = 300;

/**
 * Whether the words around the name spanning [start, end) of `text` say it is not a person: a
 * "which" after it, an article before it, a role before it ("analyst at X"), a noun for things before
 * the list it opens ("games such as X"), or a neighbour in a
 * list that is named like an institution or that the tagger read as a place, an organization or a
 * work and not as a person. `entities` are the tagger's names in this paragraph.
 */
export function unlikePerson(text: string, start: number, end: number, entities: readonly Entity[]): boolean {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 80), start);
  // "the novel “I Am Legend,” by X, which tells …": the "which" is the work's, and X its author.
  if (WHICH_AFTER.test(after) && !/(?:^|\s)by\s+$/u.test(before)) return true;
  if (THING_APPOSITION.test(after)) return true;
  const roleAt = ROLE_AT.exec(before);
  // "the Trayvon Martin shooting", "the Kennedy family": a person's name before what befell them.
  // "Page is the Steve Jobs of Google": a full name made a type of person still names that person.
  const typeOf = /\s/u.test(text.slice(start, end)) && /^\s+of\s+\p{Lu}[\p{L}-]*[.,;!?]/u.test(after);
  if (ARTICLE_BEFORE.test(before) && !PERSON_EVENT_AFTER.test(after) && !typeOf) return true;
  if (roleAt && isRoleNoun(roleAt[1]!, true)) return true;
  if (PLACE_BEFORE.test(before) && !AIMED_AT.test(before) && !/^[’']s?\b/u.test(after)) return true;
  // Cheap tests first: the patterns below scan the whole window, and each costs ms to compile on a
  // page's first build, so they run only where they can match.
  const such = /\b(?:such\s+as|including|like)\b/u.test(before) ? SUCH_AS.exec(before) : null;
  // "like" only after a plural: "a superstar like X" compares a person with one.
  if (such && !isHumanNoun(such[1]!) && (!/\blike\s/u.test(such[0]) || /s$/u.test(such[1]!))) return true;
  const neighbours: { start: number; end: number }[] = [];
  const b = /(?:,|\band|\bor)\s+$/u.test(before) ? ITEM_BEFORE.exec(before) : null;
  if (b) {
    const item = b[1] ?? b[2]!;
    const from = start - before.length + b.index + b[0].indexOf(item);
    // "… of Michael Brown in Ferguson, Mo., and Eric Garner": a place inside the other item's place
    // phrase is no list of places that the name belongs to.
    if (!IN_PLACE_PHRASE.test(text.slice(Math.max(0, from - 40), from))) neighbours.push({ start: from, end: from + item.length });
  }
  const a = /^,?\s+(?:and\b|or\b|\p{Lu})|^,/u.test(after) ? ITEM_AFTER.exec(after) : null;
  if (a) {
    const item = a[1] ?? a[2]!;
    const from = end + a[0].lastIndexOf(item);
    neighbours.push({ start: from, end: from + item.length });
  }
  const within = (e: Entity, n: { start: number; end: number }): boolean => e.start < n.end && e.end > n.start;
  // "with Batum, Oubre Jr., Covington and Patrick Beverley": a list with two people the tagger read
  // earlier in it is a list of people, whatever it made of one item ("Covington" as a place). (One
  // is not enough: "FC Porto, Inter Milan, Chelsea, Real Madrid" has a given name among its clubs.)
  const listed = (e: Entity): boolean => e.type === 'PER' && e.end <= start && e.start >= start - 80
    && LIST_BETWEEN.test(text.slice(e.end, start));
  if (neighbours.length > 0 && entities.filter(listed).length >= 2) return false;
  return neighbours.some((n) => {
    // A neighbour named like an institution ("Masten Space Systems"), or one the tagger is sure is not
    // a person; a name it half-knows may be a person too.
    const kinds = entities.filter((e) => within(e, n));
    if (kinds.some((e) => e.type === 'PER')) return false;
    return NON_PERSON_WORDS.has(text.slice(n.start, n.end).split(/\s+/).pop()!) || kinds.some((e) => e.margin >= SURE_KIND);
  });
}
