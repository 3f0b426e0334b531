import type { ArticleModel, Block } from '../model/types';
import { mapThroughAnchors, placeFuzzy } from './fuzzy-place';
import { normalize, normalizeSteps, toNormalized, type Normalized } from './normalize';
import { drain, type Steps } from './steps';

/** Where a model block was found on the page, as offsets into the page text. */
export interface Placement {
  block: string;
  start: number;
  end: number;
  /** True when the block's text on the page differs from the model's (placed by its surviving clauses). */
  edited: boolean;
}

/** One thing to wrap on the page, in page-text offsets. */
export type Annotation =
  | { kind: 'mention'; actor: string; start: number; end: number }
  | { kind: 'quote'; speaker: string; quote: string; start: number; end: number };

/** The result of aligning a model to a page. */
export interface Alignment {
  placements: Placement[];
  annotations: Annotation[];
  /** Paragraph ids of the model that could not be placed on the page. */
  missing: string[];
  paragraphsTotal: number;
}

/** One place of a block on the page: its normalized span, and how to map the block's own spans there. */
interface Place {
  at: number;
  end: number;
  edited: boolean;
  /** Normalized model span → normalized page offset of its start, or null when it is not there. */
  map: (s: number, e: number) => number | null;
}

/**
 * Aligns a model to a page's text. Paragraphs are placed first, in order, by exact match on
 * normalized text (every occurrence: a live blog repeats them), or, when edited, by their surviving
 * clauses; being long and unique, they anchor the article. The title and headings are then looked for
 * only between their neighbours, so a headline repeated in a "trending" bar is never taken for the
 * article's own.
 */
export function alignModel(pageText: string, model: ArticleModel): Alignment {
  return drain(alignSteps(pageText, model));
}

/** A string as its own normalization: every character maps to itself. */
function identity(text: string): Normalized {
  const toRaw = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) toRaw[i] = i;
  return { text, toRaw };
}

/** `alignModel`, pausable between paragraphs and every few hundred annotations. */
export function* alignSteps(pageText: string, model: ArticleModel): Steps<Alignment> {
  // Fast path: when the page carries every paragraph exactly as the model has it (the common case:
  // the same article, the same typography), matching runs on the raw text and the page is never
  // normalized, which is most of the cost on a huge page. (A heading that differs only in typography
  // is then missed; paragraphs never are, since any difference sends the page down the full path.)
  const paragraphList = model.sections.flatMap((s) => s.paragraphs);
  const verbatim = paragraphList.every((p) => p.text !== '' && pageText.includes(p.text));
  const page = verbatim ? identity(pageText) : yield* normalizeSteps(pageText);
  const norms = new Map<string, Normalized>();
  const n = (b: Block): Normalized => {
    let v = norms.get(b.id);
    if (!v) norms.set(b.id, (v = verbatim ? identity(b.text) : normalize(b.text)));
    return v;
  };
  const places = new Map<string, Place[]>();
  const missing: string[] = [];
  const exact = (at: number, len: number): Place => ({ at, end: at + len, edited: false, map: (s) => at + s });
  let cursor = 0;
  const paragraphs = model.sections.flatMap((s) => s.paragraphs);
  for (const p of paragraphs) {
    yield;
    const needle = n(p).text;
    const all: Place[] = [];
    if (needle) for (let at = page.text.indexOf(needle); at >= 0; at = page.text.indexOf(needle, at + needle.length)) all.push(exact(at, needle.length));
    if (all.length === 0) {
      const fuzzy = needle ? placeFuzzy(page.text, needle, cursor) ?? placeFuzzy(page.text, needle, 0) : null;
      if (fuzzy) all.push({ at: fuzzy.start, end: fuzzy.end, edited: true, map: (s, e) => mapThroughAnchors(page.text, needle, fuzzy, s, e) });
    }
    if (all.length === 0) {
      missing.push(p.id);
      continue;
    }
    // The article's own copy is the first after the previous paragraph (the rest are repeats).
    all.sort((a, b) => Number(b.at >= cursor) - Number(a.at >= cursor) || a.at - b.at);
    places.set(p.id, all);
    cursor = all[0]!.end;
  }
  const primary = (id: string): Place | undefined => places.get(id)?.[0];
  const findBetween = (b: Block, from: number, to: number): void => {
    const needle = n(b).text;
    const i = needle ? page.text.slice(from, to).lastIndexOf(needle) : -1;
    if (i >= 0) places.set(b.id, [exact(from + i, needle.length)]);
  };
  const firstPlaced = paragraphs.find((p) => places.has(p.id));
  if (firstPlaced) {
    findBetween(model.title, 0, primary(firstPlaced.id)!.at);
    let lower = primary(model.title.id)?.end ?? 0;
    model.sections.forEach((section, i) => {
      const own = section.paragraphs.find((p) => places.has(p.id));
      const next = model.sections.slice(i + 1).flatMap((s) => s.paragraphs).find((p) => places.has(p.id));
      const upper = own ? primary(own.id)!.at : next ? primary(next.id)!.at : page.text.length;
      if (section.heading) findBetween(section.heading, lower, upper);
      const placed = section.paragraphs.filter((p) => places.has(p.id));
      if (placed.length) lower = primary(placed[placed.length - 1]!.id)!.end;
      else if (section.heading && places.has(section.heading.id)) lower = primary(section.heading.id)!.end;
    });
  }

  // Normalized page span → raw page span.
  const raw = (s: number, e: number): [number, number] => [page.toRaw[s]!, page.toRaw[e - 1]! + 1];
  const placements: Placement[] = [];
  const annotations: Annotation[] = [];
  const spans = (b: Block, place: Place, start: number, end: number): [number, number] | null => {
    const ns = toNormalized(n(b), start);
    const ne = toNormalized(n(b), end);
    const at = place.map(ns, ne);
    return at === null ? null : raw(at, at + ne - ns);
  };
  const blocks = [model.title, ...model.sections.flatMap((s) => (s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs))];
  for (const b of blocks) {
    for (const [k, place] of (places.get(b.id) ?? []).entries()) {
      if (k % 50 === 49) yield;
      const [start, end] = raw(place.at, place.end);
      placements.push({ block: b.id, start, end, edited: place.edited });
      for (const m of b.mentions) {
        const span = spans(b, place, m.start, m.end);
        if (span) annotations.push({ kind: 'mention', actor: m.actor, start: span[0], end: span[1] });
      }
      for (const q of model.quotes) {
        if (q.block !== b.id || q.speaker === null) continue;
        const span = spans(b, place, q.start, q.end);
        if (span) annotations.push({ kind: 'quote', speaker: q.speaker, quote: q.id, start: span[0], end: span[1] });
      }
    }
  }
  placements.sort((a, b) => a.start - b.start);
  return { placements, annotations, missing, paragraphsTotal: paragraphs.length };
}
