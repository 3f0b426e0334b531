import weights from './weights.json';
import { shippedGazetteer } from './gazetteer';
import type { PerceptronWeights } from './perceptron';
import { tagEntities, type Entity } from './tag-entities';

/** Tags an article's paragraphs with the shipped weights and name lists (`npm run train` makes both). */
export function tagWithShippedModel(paragraphs: readonly string[]): Entity[] {
  return tagEntities(paragraphs, weights as PerceptronWeights, shippedGazetteer());
}
