/**
 * How often the card can say who someone is when the article does: of the gold people with a role
 * (by the rules of `../shared/realgold/README.md`), how many the model found with a role, and how many
 * of those share a content word with the gold role ("senior fellow at Brookings" and "fellow"). Pure.
 */
import type { ArticleModel } from '../model/types';
import type { RealGold } from './score-real';
import { nameKey } from './score-real';

/** Counts behind the role figure; they add up over articles (`sumCounts`). */
export type RoleTally = {
  /** Gold people with a role whom the model found. */
  gold: number;
  /** Of those, the ones the model gives a role. */
  given: number;
  /** Of those, the ones whose role shares a content word with the gold role. */
  agreeing: number;
};

// Words too common in roles to show agreement.
const FILLER = new Set(['the', 'and', 'for', 'former', 'who', 'was', 'his', 'her', 'its', 'their', 'new']);
const contentWords = (role: string): Set<string> =>
  new Set(role.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !FILLER.has(w)));

/** Scores the roles of `model`'s people against `gold`'s. */
export function scoreRoles(model: ArticleModel, gold: RealGold): RoleTally {
  const tally: RoleTally = { gold: 0, given: 0, agreeing: 0 };
  for (const person of gold.people) {
    if (!person.role) continue;
    const forms = new Set(person.forms.map(nameKey));
    const actor = model.actors.find((a) => [a.fullName, ...a.aliases].some((f) => forms.has(nameKey(f))));
    if (!actor) continue;
    tally.gold++;
    if (!actor.role) continue;
    tally.given++;
    const goldWords = contentWords(person.role);
    if ([...contentWords(actor.role)].some((w) => goldWords.has(w))) tally.agreeing++;
  }
  return tally;
}
