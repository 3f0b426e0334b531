/**
 * The names of the elements Dramatis adds to a page (see shared/contract.md), in a module of their
 * own: the page watcher, which rides in the everywhere-script, needs them without the highlighter's
 * and the card's code.
 */

/** Wraps a mention of a person. */
export const MENTION_TAG = 'dramatis-mention';
/** Wraps an attributed quote. */
export const QUOTE_TAG = 'dramatis-quote';
/** The hover card's host element. */
export const CARD_TAG = 'dramatis-card';
/** The brief outline drawn round a block the popup scrolled to. */
export const FLASH_TAG = 'dramatis-flash';
