/** A remembered person as the sum of their appearances in articles (pure). */
import { nameTokens } from './names';
import type { ArticleRecord, PersonSummary } from './types';

/** One article's view of a person. */
export interface Appearance {
  url: string;
  readAt: number;
  name: string;
  role: string | null;
}

/** The fuller of two names: more words, else the later one. */
const fuller = (a: string, b: string): string => (nameTokens(b).length >= nameTokens(a).length ? b : a);

/**
 * Adds one appearance (an article not yet counted for this person) to a person, or starts one: the
 * incremental step of recording an article. Only the summary changes, so its cost does not grow with
 * the number of articles the person is in.
 */
export function addAppearance(key: string, person: PersonSummary | undefined, seen: Appearance): PersonSummary {
  const p: PersonSummary = person
    ? { ...person, names: [...person.names], roles: [...person.roles] }
    : { key, name: seen.name, names: [], roles: [], count: 0, lastSeen: 0,
      surname: '', given: '', rankCount: [0, 0], rankRecent: [0, 0] };
  if (!p.names.includes(seen.name)) p.names.push(seen.name);
  if (seen.role && !p.roles.includes(seen.role)) p.roles.push(seen.role);
  p.name = fuller(p.name, seen.name);
  p.count += 1;
  p.lastSeen = Math.max(p.lastSeen, seen.readAt);
  const words = nameTokens(p.name);
  p.surname = words.at(-1) ?? '';
  p.given = words.length > 1 ? words[0]! : '';
  p.rankCount = [-p.count, -p.lastSeen];
  p.rankRecent = [-p.lastSeen, -p.count];
  return p;
}

/** The appearances of each person key in a set of articles. */
export function appearancesByKey(articles: readonly ArticleRecord[]): Map<string, Appearance[]> {
  const out = new Map<string, Appearance[]>();
  for (const a of articles) {
    for (const p of a.people) {
      const list = out.get(p.key) ?? [];
      list.push({ url: a.url, readAt: a.readAt, name: p.name, role: p.role });
      out.set(p.key, list);
    }
  }
  return out;
}

/** Rebuilds a person from all their appearances (after a forget, merge, split or import); undefined when none is left. */
export function derivePerson(key: string, seen: readonly Appearance[]): PersonSummary | undefined {
  let p: PersonSummary | undefined;
  for (const s of [...seen].sort((a, b) => a.readAt - b.readAt)) p = addAppearance(key, p, s);
  return p;
}
