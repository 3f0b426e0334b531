import type { ArticleModel } from './types';

/** The model's canonical serialization: what is shipped and what the rebuild test compares byte for byte. */
export function serializeModel(model: ArticleModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
