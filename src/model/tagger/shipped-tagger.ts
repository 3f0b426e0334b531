import { shippedGazetteer } from './gazetteer';
import { unpackWeights } from './packed-weights';
import { loadedData } from './loaded-data';
import type { TagScorer } from './perceptron';
import { tagEntities, type Entity } from './tag-entities';

let weights: TagScorer | null = null;

/**
 * The shipped weights, decoded once on first use (see `unpackWeights`). The bundle carries them as an
 * object literal of five properties, four of them long base64 strings: nothing to parse on pages that
 * never tag, and no JSON.parse of 1.2 MB on those that do.
 */
export function shippedWeights(): TagScorer {
  weights ??= unpackWeights(loadedData().weights);
  return weights;
}


/** Tags an article's paragraphs with the shipped weights and name lists (`npm run train` makes both). */
export function tagWithShippedModel(paragraphs: readonly string[]): Entity[] {
  return tagEntities(paragraphs, shippedWeights(), shippedGazetteer());
}
