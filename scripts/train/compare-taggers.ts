/**
 * Proof that the shipped tagger is the trained one: tags every sentence of the corpora (training and
 * held-out) with the exact weights and name sets, and with the packed weights and the searched lists
 * that ship, and counts the tokens whose tag differs (a hash collision would show here).
 */
import { documentStats } from '../../src/model/tagger/features';
import type { Gazetteer } from '../../src/model/tagger/gazetteer';
import type { TagScorer } from '../../src/model/tagger/perceptron';
import { tagWords } from '../../src/model/tagger/tag-entities';
import type { CorpusDocument } from './corpus';

/** A tagger to compare: its scorer and its name lists. */
export interface TaggerParts {
  scorer: TagScorer;
  gaz: Gazetteer;
}

/** How many tokens the two taggers tag differently, out of how many. */
export function compareTaggers(docs: readonly CorpusDocument[], a: TaggerParts, b: TaggerParts): { differ: number; tokens: number } {
  let differ = 0;
  let tokens = 0;
  for (const doc of docs) {
    const stats = documentStats(doc.sentences.map((s) => s.words));
    for (const s of doc.sentences) {
      const x = tagWords(s.words, a.scorer, a.gaz, stats);
      const y = tagWords(s.words, b.scorer, b.gaz, stats);
      x.tags.forEach((t, i) => {
        tokens++;
        if (t !== y.tags[i] || x.margins[i] !== y.margins[i]) differ++;
      });
    }
  }
  return { differ, tokens };
}
