import type { Entity } from '../tagger/tag-entities';

/**
 * The tagger's readings made consistent across the article: a name of up to three words it took for a
 * place or a body ("artist Alexandria Douziech", read as a place for its first word; "Zuckerberg, and
 * Reed Hastings") whose last word it read alone as a person's at least twice more often than as
 * anything else ("Douziech said") is that person's name. One mention's doubt yields to the rest of the
 * article; `nonPersonWord` keeps the last words of institutions ("Morgan Stanley", "Wilson Center")
 * what they are, and the rules still read a place's grammar ("in Jordan") as a place.
 */
export function consistentEntities(entities: readonly Entity[], nonPersonWord: (w: string) => boolean): Entity[] {
  const votes = new Map<string, number>();
  for (const e of entities) if (!/\s/u.test(e.text)) votes.set(e.text, (votes.get(e.text) ?? 0) + (e.type === 'PER' ? 1 : -1));
  return entities.map((e) => {
    if (e.type === 'PER') return e;
    const words = e.text.split(/\s+/u);
    const last = words[words.length - 1]!;
    return words.length <= 3 && (votes.get(last) ?? 0) >= 2 && !nonPersonWord(last) ? { ...e, type: 'PER' } : e;
  });
}
