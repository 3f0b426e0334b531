import { splitSentences } from '../builder/sentences';
import { documentStats, featuresAt, sentenceView, type DocumentStats } from './features';
import type { Gazetteer } from './gazetteer';
import { argmax, type TagScorer } from './perceptron';
import { wordTokens, type WordToken } from './word-tokens';

/** The kinds of name the tagger tells apart. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name the tagger found: its kind, where it is, and how sure the tagger was (score margin, ≥ 0). */
export interface Entity {
  type: EntityType;
  /** Index of the paragraph. */
  paragraph: number;
  start: number;
  end: number;
  text: string;
  margin: number;
}

/**
 * Tags one sentence greedily, left to right, each decision seeing the two before it. Returns each
 * word's tag and the margin of the winning tag over the runner-up.
 */
export function tagWords(words: readonly string[], model: TagScorer, gaz: Gazetteer, doc: DocumentStats): { tags: string[]; margins: number[] } {
  const scores = new Float64Array(model.tags.length);
  const tags: string[] = [];
  const margins: number[] = [];
  const view = sentenceView(words);
  // Each tag's entity type ("PER"; "" for "O") and whether it continues one, worked out once here
  // rather than by slicing strings for every tag at every word.
  const types = model.tags.map((t) => t.slice(2));
  const inside = model.tags.map((t) => t.startsWith('I-'));
  let before = -1;
  for (let i = 0; i < words.length; i++) {
    model.score(featuresAt(view, i, tags[i - 1] ?? '<s>', tags[i - 2] ?? '<s>', gaz, doc), scores);
    // BIO: an I- tag may only continue an entity of its own type.
    for (let k = 0; k < scores.length; k++) if (inside[k] && (before < 0 || types[before] !== types[k])) scores[k] = -Infinity;
    const best = argmax(scores);
    before = best;
    let second = -Infinity;
    for (let k = 0; k < scores.length; k++) if (k !== best && scores[k]! > second) second = scores[k]!;
    tags.push(model.tags[best]!);
    margins.push(scores[best]! - second);
  }
  return { tags, margins };
}

/** Token index spans of the entities in a BIO tag sequence. */
export function spansOf(tags: readonly string[]): { type: EntityType; from: number; to: number }[] {
  const out: { type: EntityType; from: number; to: number }[] = [];
  tags.forEach((t, i) => {
    if (t.startsWith('B-')) out.push({ type: t.slice(2) as EntityType, from: i, to: i + 1 });
    else if (t.startsWith('I-') && out.length && out[out.length - 1]!.to === i) out[out.length - 1]!.to = i + 1;
  });
  return out;
}

/**
 * Finds the names in an article's paragraphs: splits sentences, tokenizes, gathers the document's
 * statistics, then tags each sentence. Pure: strings in, entities with offsets out.
 */
export function tagEntities(paragraphs: readonly string[], model: TagScorer, gaz: Gazetteer): Entity[] {
  const sentences: { paragraph: number; tokens: WordToken[] }[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const s of splitSentences(text)) {
      const tokens = wordTokens(text.slice(s.start, s.end)).map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
      if (tokens.length) sentences.push({ paragraph, tokens });
    }
  });
  const doc = documentStats(sentences.map((s) => s.tokens.map((t) => t.text)));
  const out: Entity[] = [];
  for (const { paragraph, tokens } of sentences) {
    const words = tokens.map((t) => t.text);
    const { tags, margins } = tagWords(words, model, gaz, doc);
    for (const span of spansOf(tags)) {
      const start = tokens[span.from]!.start;
      const end = tokens[span.to - 1]!.end;
      const margin = Math.min(...margins.slice(span.from, span.to));
      out.push({ type: span.type, paragraph, start, end, text: paragraphs[paragraph]!.slice(start, end), margin });
    }
  }
  return out;
}
