import { dropInvisible } from '../../matching/normalize';

/** The plain-text article split into its parts, before any language analysis. */
export interface ParsedArticle {
  title: string;
  kicker: string;
  /** Body blocks in order; a heading starts a new section. */
  blocks: { kind: 'heading' | 'paragraph'; text: string }[];
}

/** A problem with the plain-text input, phrased for a one-line error message. */
export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
}

/**
 * Text as the builder reads it: invisible characters dropped (a word split by a soft hyphen, a
 * hyphenation hint some sites set inside long names, would no longer read as a name), every run of
 * white space one space, trimmed.
 */
export const plainText = (s: string | null | undefined): string => dropInvisible(s ?? '').replace(/\s+/g, ' ').trim();

/** A block is a paragraph when it ends like a sentence (possibly inside closing quotes or brackets). */
const SENTENCE_END = /[.!?…:;]["'”’)\]]*$/u;

/**
 * Splits the plain-text format of `shared/contract.md`: line 1 title, line 2 kicker, a blank line,
 * the title again, then blocks separated by blank lines; a block without final punctuation is a heading.
 * @throws ArticleInputError for text that is empty, binary or has no title.
 */
export function parseArticle(source: string): ParsedArticle {
  // (A page's text with a few dozen characters lost to a bad encoding is still an article: only a
  // share of them above one in fifty makes it binary.)
  if (source.includes('\u0000') || (source.match(/\ufffd|[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0) > Math.max(8, source.length / 50)) {
    throw new ArticleInputError('binary data, not a plain-text article');
  }
  const text = dropInvisible(source.replace(/\r\n?/g, '\n'));
  if (text.trim() === '') throw new ArticleInputError('empty file');
  const lines = text.split('\n');
  const title = lines[0]!.trim();
  if (title === '') throw new ArticleInputError('no title on line 1');
  const kicker = (lines[1] ?? '').trim();
  const rest = lines.slice(2).join('\n');
  const chunks = rest
    .split(/\n[ \t]*\n/)
    .map(plainText)
    .filter((b) => b !== '');
  // The title is repeated as the first block; it is not a section heading.
  if (chunks[0] === title) chunks.shift();
  const blocks = chunks.map((b) => ({ kind: SENTENCE_END.test(b) ? ('paragraph' as const) : ('heading' as const), text: b }));
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new ArticleInputError('no paragraphs after the title');
  return { title, kicker, blocks };
}
