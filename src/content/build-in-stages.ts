/**
 * Building a model from a news page, in stages that each run as a task of their own: reading the
 * article (Readability, on a copy of the document), the name tagger's weights, its name lists, then
 * the builder itself. Run in one go, these made one main-thread task of 300 ms and more on a 1,000-word
 * article (the tagger's data is parsed on its first use on a page), which a reader feels as a page
 * that stops answering; between stages the browser can paint and handle input. The trade-off is a
 * few ms of latency per pause, for work that takes hundreds. Each stage is still one piece: the
 * builder and the tagger are pure functions run to the end (a stage's length is theirs to shorten).
 */
import { buildModelFromParts, findPeopleIn, paragraphTexts } from '../model/builder/build-model';
import { shippedGazetteer } from '../model/tagger/gazetteer';
import { shippedWeights, tagWithShippedModel } from '../model/tagger/shipped-tagger';
import type { Entity } from '../model/tagger/tag-entities';
import { taggerAvailable } from '../model/tagger/loaded-data';
import type { ArticleModel } from '../model/types';
import { nextTask } from '../matching/steps';
import { extractArticle } from './extract-article';

/**
 * The page's article as a model, built in stages with a pause between each (see above); null when
 * the page has no article body to speak of, or when `cancelled` says so at a pause.
 */
export async function buildInStages(doc: Document, cancelled: () => boolean = () => false): Promise<ArticleModel | null> {
  const parsed = extractArticle(doc);
  // Without the tagger's data (a shipped model's page that fell back to building), the rules alone.
  const tagger = taggerAvailable();
  if (!parsed) return null;
  let entities: Entity[] | undefined;
  // Reading the weights, the name lists, tagging, finding the people, then the rest: tagging and the
  // rules each take tens of ms on their first, unoptimized run on a page, so each is a task of its own.
  const stages = tagger ? [() => shippedWeights(), () => shippedGazetteer(), () => (entities = tagWithShippedModel(paragraphTexts(parsed)))] : [];
  for (const stage of stages) {
    await nextTask();
    if (cancelled()) return null;
    stage();
  }
  await nextTask();
  if (cancelled()) return null;
  const people = findPeopleIn(parsed, { tagger, entities });
  await nextTask();
  return cancelled() ? null : buildModelFromParts(parsed, { people });
}
