/**
 * The article model: everything Dramatis knows about one article.
 * Built by `src/model/builder`, shipped as JSON, checked by `validateModel`.
 * All offsets are UTF-16 code-unit offsets into the `text` of the block they belong to.
 */

/** Bumped whenever the shape below changes; the validator rejects other versions. */
export const SCHEMA_VERSION = 1;

/** A half-open span [start, end) of one block's text naming an actor. */
export interface Mention {
  actor: string;
  start: number;
  end: number;
}

/** A run of article text (the title, a heading or a paragraph) with the actor mentions inside it. */
export interface Block {
  /** Stable id within the model: "title", "h2" (heading of section 2), "p7" (paragraph 7). */
  id: string;
  text: string;
  mentions: Mention[];
}

/** A section: an optional heading (the lead section has none) and its paragraphs. */
export interface Section {
  heading: Block | null;
  paragraphs: Block[];
}

/** A person in the article. */
export interface Actor {
  /** Slug of the full name, unique in the model: "jane-doe". */
  id: string;
  fullName: string;
  surname: string;
  /** Every other name form the article uses for this person ("President Doe", "Doe"). */
  aliases: string[];
  /** The role the article gives the person ("Foreign Minister"), or null when it gives none. */
  role: string | null;
  /** How many times the article mentions the person by name. */
  mentionCount: number;
}

/** A direct quote and who said it. */
export interface Quote {
  id: string;
  /** The quoted words, without quotation marks or trailing sentence punctuation. */
  text: string;
  /** Actor id of the speaker; null for quotes of no one (scare quotes, titles). */
  speaker: string | null;
  /** Id of the paragraph block holding the quote. */
  block: string;
  start: number;
  end: number;
}

export interface ArticleModel {
  schemaVersion: typeof SCHEMA_VERSION;
  title: Block;
  kicker: string;
  sections: Section[];
  actors: Actor[];
  quotes: Quote[];
  /** Normalized snippets of the paragraphs: how a page is recognised as carrying this article. */
  fingerprint: string[];
}
