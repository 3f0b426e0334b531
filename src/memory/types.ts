/**
 * The memory of who's who across articles: what is stored in the browser's IndexedDB (records) and
 * what crosses from a page to the store (inputs). Plain data only, so it exports to JSON as is.
 */

/** One person as one article gives them: what a page sends to be remembered. */
export interface PersonInput {
  /** The actor's id in that article's model (only meaningful within it). */
  id: string;
  name: string;
  role: string | null;
  quotes: string[];
}

/** One article read, as the content script sends it. */
export interface ArticleInput {
  /** The page's address without its fragment: the article's identity in the memory. */
  url: string;
  title: string;
  /** Host name. */
  site: string;
  people: PersonInput[];
}

/** A stored article: where and when it was read, and each of its people with the role and quotes given there. */
export interface ArticleRecord {
  url: string;
  title: string;
  site: string;
  /** Milliseconds since the epoch. */
  readAt: number;
  people: { key: string; name: string; role: string | null; quotes: string[] }[];
}

/**
 * An article as stored: its record, plus one [person key, readAt] entry per person for the articles
 * store's multiEntry by-person index. That index is how a person's articles are found, in reading
 * order, so no person record has to carry (and rewrite on every read) a list of thousands of
 * addresses. Derived from `people`; never exported.
 */
export interface StoredArticle extends ArticleRecord {
  seen: [string, number][];
}

/** A stored person: one identity across articles, kept small (their articles are in the by-person index). */
export type PersonSummary = Omit<PersonRecord, 'articles'>;

/** A person with the addresses of their articles: what the same-person rule compares. */
export interface PersonRecord {
  /** Stable key ("maria-olsen", "john-smith-2"): the `data-person` of the people page. */
  key: string;
  /** The fullest name seen. */
  name: string;
  /** Every name form seen, full names and aliases. */
  names: string[];
  /** Every role seen, in the order first seen. */
  roles: string[];
  /** Addresses of the articles naming this person (not stored: read from the by-person index). */
  articles: string[];
  /** How many articles name this person. */
  count: number;
  /** readAt of the most recent article. */
  lastSeen: number;
  /** The fullest name's last word and first word ('' when it has one word), folded: candidates for
   * "same person" are looked up by these (the by-name index). */
  surname: string;
  given: string;
  /** [-count, -lastSeen] and [-lastSeen, -count]: ascending index order is the people page's order. */
  rankCount: [number, number];
  rankRecent: [number, number];
}

/**
 * A person's entry in the search store: its key is the person's rank and key, so the keys a name
 * search finds (by the multiEntry by-suffix index) already say the order, and only the rows shown are
 * read whole.
 */
export interface SearchEntry {
  /** [-count, -lastSeen, person key]. */
  rank: [number, number, string];
  /** Every suffix of every word of the person's names: a prefix search on these finds names containing any text. */
  suffixes: string[];
  /** The person's names, folded: a search of several words checks the others here, without reading the person. */
  names: string[];
}

/** What a card shows of one person's other articles. */
export interface RecallItem {
  url: string;
  title: string;
  site: string;
  readAt: number;
  role: string | null;
}

/** A person's memory as the card shows it: how many other articles, and the five most recent. */
export interface PersonRecall {
  key: string;
  total: number;
  recent: RecallItem[];
}
