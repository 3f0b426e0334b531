import { fromBundledJson } from './bundled-json';
import weightsData from './weights.json';
import { shippedGazetteer } from './gazetteer';
import type { PerceptronWeights } from './perceptron';
import { tagEntities, type Entity } from './tag-entities';

let weights: PerceptronWeights | null = null;

/** The shipped weights, parsed once on first use (see `fromBundledJson`). */
export function shippedWeights(): PerceptronWeights {
  weights ??= fromBundledJson<PerceptronWeights>(weightsData);
  return weights;
}

/** Tags an article's paragraphs with the shipped weights and name lists (`npm run train` makes both). */
export function tagWithShippedModel(paragraphs: readonly string[]): Entity[] {
  return tagEntities(paragraphs, shippedWeights(), shippedGazetteer());
}
