/**
 * Where the quotations of a paragraph are: double quotation marks (curly or straight, and the two
 * mixed, as pages often close a “ with a "), and single ones (‘ ’ or ' ') used as quotation marks,
 * nested or not. An apostrophe inside a word ("don’t") is not a quotation mark.
 */

/** One quotation: `start`/`end` bound its words (marks excluded); `open`/`close` bound it with its marks. */
export interface QuoteSpan {
  open: number;
  close: number;
  start: number;
  end: number;
  /** 0 for a quotation in the narrative, 1 for a quotation inside a quotation, … */
  depth: number;
  /** Left open at the end of the paragraph: the quotation goes on in the next one. */
  unclosed: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
// What may stand before an opening mark: nothing, a space, a bracket, a dash or another opening mark.
const BEFORE_OPENING = /[\s([{—–\-/“‘"']/u;
// A single quotation mark may not run longer than this: beyond, it was an apostrophe after all.
const MAX_SINGLE = 400;

interface Open { at: number; kind: 'double' | 'single' }

/** The quotation spans of a paragraph, ordered by where they open (an outer one before the ones inside it). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const close = (i: number, kind: Open['kind']): boolean => {
    const k = stack.map((o) => o.kind).lastIndexOf(kind);
    if (k < 0) return false;
    const opened = stack[k]!;
    stack.length = k; // a single mark left open inside is dropped: it was an apostrophe
    if (kind === 'single' && i - opened.at > MAX_SINGLE) return true;
    out.push({ open: opened.at, close: i + 1, start: opened.at + 1, end: i, depth: k, unclosed: false });
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    // (Nor before closing punctuation: in `well.'")` the double mark closes, after the single one.)
    const opening = BEFORE_OPENING.test(prev) && !/[\s)\]},;:!?]/u.test(next) && !(next === '.' && text[i + 2] !== '.');
    // Two single marks made into a double one (“‘‘ … ’’”), as some wire copy types them.
    const doubled = (c === '‘' || c === '’') && next === c;
    if (c === '“' || (doubled && c === '‘')) stack.push({ at: doubled ? ++i : i, kind: 'double' });
    else if (c === '”') close(i, 'double');
    else if (doubled && c === '’') {
      if (close(i, 'double')) { out[out.length - 1]!.close = i + 2; i++; }
    }
    else if (c === '"') {
      const hasOpen = stack.some((o) => o.kind === 'double');
      // With none open, a mark between spaces before a word opens one: typed as `" You …"`.
      const spaced = !hasOpen && /\s/u.test(prev) && /^\s+\p{L}/u.test(text.slice(i + 1, i + 4));
      if (!(hasOpen && !opening && close(i, 'double')) && (opening || spaced)) stack.push({ at: i, kind: 'double' });
    } else if (c === "'" && next === "'" && stack.some((o) => o.kind === 'double')) {
      // Two straight single marks closing a double one ("…,'' said X"), as typewritten copy has it.
      if (close(i, 'double')) { out[out.length - 1]!.close = i + 2; i++; }
    } else if (c === '‘' || c === '’' || c === "'") {
      if (LETTER.test(prev) && LETTER.test(next)) continue; // an apostrophe inside a word
      const hasOpen = stack.some((o) => o.kind === 'single');
      if (c !== '‘' && hasOpen && !/\s/u.test(prev) && close(i, 'single')) continue;
      if (c !== '’' && opening && LETTER.test(next) || (c === '‘' && opening)) stack.push({ at: i, kind: 'single' });
    }
  }
  // A double quotation still open at the end of the paragraph continues in the next paragraph.
  // So does a single one (British style) that opens the paragraph with a curly ‘, which no apostrophe is.
  const first = stack.find((o) => o.kind === 'double') ?? stack.find((o) => o.kind === 'single' && o.at === 0 && text[0] === '‘');
  if (first) out.push({ open: first.at, close: text.length, start: first.at + 1, end: text.length, depth: 0, unclosed: true });
  return out.sort((a, b) => a.open - b.open)
    .map((q) => ({ ...q, depth: out.filter((o) => o !== q && o.open < q.open && o.close >= q.close).length }));
}

/** Letters and digits only, lower case: "Pulled Into The Enterprise" and "pulled into the enterprise," are one. */
export const quoteKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
