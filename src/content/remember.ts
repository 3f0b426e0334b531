/**
 * Content script side of the memory: once an article is annotated, sends it to the background to be
 * remembered (once per page and model), and gives the annotator what the memory recalls of its people.
 */
import { articleInput } from '../memory/article-input';
import type { PersonRecall } from '../memory/types';
import { askMemory } from '../platform/content-api';
import type { RecallReply } from '../platform/messages';
import type { Annotator } from './annotator';

const sent = new WeakSet<Annotator>();

/** Remembers the annotator's article (the background decides whether it may) and keeps the recall. */
export async function rememberArticle(annotator: Annotator | null, where: { href: string; hostname: string }): Promise<void> {
  if (!annotator || sent.has(annotator) || annotator.model.actors.length === 0) return;
  sent.add(annotator);
  const reply = await askMemory<RecallReply>({ type: 'remember', article: articleInput(annotator.model, where.href, where.hostname) });
  if (reply && typeof reply === 'object') annotator.recall = new Map(Object.entries(reply) as [string, PersonRecall][]);
}
