import type { Entity } from '../tagger/tag-entities';

/**
 * The tagger's readings made consistent across the article: a name of up to three words it took for a
 * place or a body ("artist Alexandria Douziech", read as a place for its first word; "Zuckerberg, and
 * Reed Hastings") whose last word it read alone as a person's at least twice more often than as
 * anything else ("Douziech said") is that person's name; so is a surname alone that ends a full name
 * it read as a person's, unless read otherwise more often. One mention's doubt yields to the rest of the
 * article; `nonPersonWord` keeps the last words of institutions ("Morgan Stanley", "Wilson Center")
 * what they are, and the rules still read a place's grammar ("in Jordan") as a place.
 */
export function consistentEntities(entities: readonly Entity[], nonPersonWord: (w: string) => boolean): Entity[] {
  const votes = new Map<string, number>();
  // The last words of the full names it read as people's ("Mark Zuckerberg"): surnames in this article.
  const surnames = new Set<string>();
  for (const e of entities) {
    if (!/\s/u.test(e.text)) votes.set(e.text, (votes.get(e.text) ?? 0) + (e.type === 'PER' ? 1 : -1));
    else if (e.type === 'PER') surnames.add(e.text.split(/\s+/u).pop()!);
  }
  return entities.map((e) => {
    if (e.type === 'PER') return e;
    const words = e.text.split(/\s+/u);
    const last = words[words.length - 1]!;
    // A surname alone, read as a person's at least as often as not: "Zuckerberg" after "Mark Zuckerberg".
    const votesFor = (votes.get(last) ?? 0) + (surnames.has(last) && words.length === 1 ? 2 : 0);
    return words.length <= 3 && votesFor >= 2 && !nonPersonWord(last) ? { ...e, type: 'PER' } : e;
  });
}
