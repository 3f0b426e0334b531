import weightsData from './weights.json';
import { shippedGazetteer } from './gazetteer';
import type { PerceptronWeights } from './perceptron';
import { tagEntities, type Entity } from './tag-entities';

let weights: PerceptronWeights | null = null;

/**
 * The shipped weights, parsed once on first use. The extension's bundle carries them as a string
 * (scripts/lazy-json.mjs) so that pages which never build a model never parse them; under Node and
 * the tests they arrive as the object itself.
 */
export function shippedWeights(): PerceptronWeights {
  const data = weightsData as unknown;
  weights ??= (typeof data === 'string' ? JSON.parse(data) : data) as PerceptronWeights;
  return weights;
}

/** Tags an article's paragraphs with the shipped weights and name lists (`npm run train` makes both). */
export function tagWithShippedModel(paragraphs: readonly string[]): Entity[] {
  return tagEntities(paragraphs, shippedWeights(), shippedGazetteer());
}
