import type { ArticleModel, Block } from '../model/types';
import { normalize, toNormalized, type Normalized } from './normalize';

/** Where a model block was found on the page, as offsets into the page text. */
export interface Placement {
  block: string;
  start: number;
  end: number;
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

/** Maps a span of a model block onto the page, given where the block's normalized text starts there. */
function project(page: Normalized, at: number, block: Normalized, start: number, end: number): [number, number] {
  const ns = toNormalized(block, start);
  const ne = toNormalized(block, end);
  return [page.toRaw[at + ns]!, page.toRaw[at + ne - 1]! + 1];
}

/**
 * Aligns a model to a page's text. Paragraphs are placed first, in order, by exact match on
 * normalized text (they are long and unique, so they anchor the article); the title and the headings
 * are then looked for only between their neighbours, so a headline repeated in a "trending" bar or a
 * related-stories box is never taken for the article's own.
 */
export function alignModel(pageText: string, model: ArticleModel): Alignment {
  const page = normalize(pageText);
  const norm = new Map<string, Normalized>();
  const n = (b: Block): Normalized => {
    let v = norm.get(b.id);
    if (!v) norm.set(b.id, (v = normalize(b.text)));
    return v;
  };
  const found = new Map<string, number>(); // block id → normalized page offset
  const missing: string[] = [];
  let cursor = 0;
  const paragraphs = model.sections.flatMap((s) => s.paragraphs);
  for (const p of paragraphs) {
    const needle = n(p).text;
    let at = page.text.indexOf(needle, cursor);
    if (at < 0) at = page.text.indexOf(needle);
    if (at < 0 || needle.length === 0) {
      missing.push(p.id);
      continue;
    }
    found.set(p.id, at);
    cursor = at + needle.length;
  }
  // Bounds for a heading: after the previous section's last placed paragraph, before its own first one.
  const endOf = (b: Block): number => found.get(b.id)! + n(b).text.length;
  let lower = 0;
  const firstPlaced = paragraphs.find((p) => found.has(p.id));
  const findBetween = (b: Block, from: number, to: number, last: boolean): void => {
    const needle = n(b).text;
    if (!needle) return;
    const window = page.text.slice(from, to);
    const i = last ? window.lastIndexOf(needle) : window.indexOf(needle);
    if (i >= 0) found.set(b.id, from + i);
  };
  if (firstPlaced) findBetween(model.title, 0, found.get(firstPlaced.id)!, true);
  if (found.has(model.title.id)) lower = endOf(model.title);
  model.sections.forEach((section, i) => {
    const own = section.paragraphs.find((p) => found.has(p.id));
    const next = model.sections.slice(i + 1).flatMap((s) => s.paragraphs).find((p) => found.has(p.id));
    const upper = own ? found.get(own.id)! : next ? found.get(next.id)! : page.text.length;
    if (section.heading && firstPlaced) findBetween(section.heading, lower, upper, true);
    const placed = section.paragraphs.filter((p) => found.has(p.id));
    if (placed.length) lower = endOf(placed[placed.length - 1]!);
    else if (section.heading && found.has(section.heading.id)) lower = endOf(section.heading);
  });

  const placements: Placement[] = [];
  const annotations: Annotation[] = [];
  const blocks = [model.title, ...model.sections.flatMap((s) => (s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs))];
  for (const b of blocks) {
    const at = found.get(b.id);
    if (at === undefined) continue;
    const [start, end] = project(page, at, n(b), 0, b.text.length);
    placements.push({ block: b.id, start, end });
    for (const m of b.mentions) {
      const [s, e] = project(page, at, n(b), m.start, m.end);
      annotations.push({ kind: 'mention', actor: m.actor, start: s, end: e });
    }
  }
  for (const q of model.quotes) {
    const at = found.get(q.block);
    if (at === undefined || q.speaker === null) continue;
    const b = paragraphs.find((p) => p.id === q.block)!;
    const [s, e] = project(page, at, n(b), q.start, q.end);
    annotations.push({ kind: 'quote', speaker: q.speaker, quote: q.id, start: s, end: e });
  }
  placements.sort((a, b) => a.start - b.start);
  return { placements, annotations, missing, paragraphsTotal: paragraphs.length };
}
