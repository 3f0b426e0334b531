/**
 * Who is the same person across articles (pure). Names decide first: "Trump" can be "Donald Trump",
 * "Melania Trump" cannot. Roles then: two roles that share no word ("chef", "Senator") are two people,
 * unless the two articles also share someone else already recognised, which is how a change of role
 * ("Special Envoy", later "Trade Commissioner") is told from a namesake.
 */
import { foldName, nameTokens } from './names';
import type { PersonInput, PersonRecord } from './types';

/** What the matcher needs of a remembered person. */
export type Candidate = Pick<PersonRecord, 'key' | 'name' | 'roles' | 'articles' | 'count' | 'lastSeen'>;

const sameWord = (a: string, b: string): boolean => a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/**
 * Whether two names can belong to one person: the same last word (surname), and every other word of
 * the shorter name found, in order, in the longer one (an initial matches its word).
 */
export function namesCompatible(a: string, b: string): boolean {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0 || x.at(-1) !== y.at(-1)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const rest = long.slice(0, -1);
  let from = 0;
  for (const w of short.slice(0, -1)) {
    const at = rest.findIndex((r, i) => i >= from && sameWord(r, w));
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

const MINOR = new Set(['of', 'the', 'for', 'and', 'a', 'an', 'to', 'in', 'on', 'at', 'former', 'acting', 'deputy', 'chief', 'senior', 'new']);
const roleWords = (role: string): string[] => nameTokens(role).filter((w) => !MINOR.has(w));

/** 'unknown' when either side gives no role; 'agree' when the role shares a word with one seen before. */
export function rolesAgree(role: string | null, seen: readonly string[]): 'agree' | 'unknown' | 'disagree' {
  const mine = role ? roleWords(role) : [];
  const theirs = new Set(seen.flatMap(roleWords));
  if (mine.length === 0 || theirs.size === 0) return 'unknown';
  return mine.some((w) => theirs.has(w)) ? 'agree' : 'disagree';
}

/**
 * Decides, for each person of a new article, which remembered person they are (a key) or none (null,
 * a new person). `candidates` are the remembered people sharing a name word with each input. Fuller
 * names are placed first; no two people of one article become one.
 */
export function assignPeople(people: readonly PersonInput[], candidates: ReadonlyMap<string, readonly Candidate[]>): Map<string, string | null> {
  const out = new Map<string, string | null>(people.map((p) => [p.id, null]));
  const taken = new Set<string>();
  const order = [...people].sort((a, b) => nameTokens(b.name).length - nameTokens(a.name).length);
  const fits = (p: PersonInput): Candidate[] => (candidates.get(p.id) ?? []).filter((c) => !taken.has(c.key) && namesCompatible(p.name, c.name));
  const rank = (p: PersonInput, c: Candidate): number[] =>
    [Number(foldName(p.name) === foldName(c.name)), Number(rolesAgree(p.role, c.roles) === 'agree'), c.count, c.lastSeen];
  const better = (x: number[], y: number[]): boolean => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
    return false;
  };
  const pick = (p: PersonInput, cs: Candidate[]): void => {
    let best: Candidate | undefined;
    for (const c of cs) if (!best || better(rank(p, c), rank(p, best))) best = c;
    if (best) {
      out.set(p.id, best.key);
      taken.add(best.key);
    }
  };
  // First pass: names fit and roles do not contradict.
  for (const p of order) pick(p, fits(p).filter((c) => rolesAgree(p.role, c.roles) !== 'disagree'));
  // Second pass: roles contradict, but the articles share someone already recognised.
  const byKey = new Map([...candidates.values()].flat().map((c) => [c.key, c]));
  const context = new Set([...out.values()].flatMap((key) => (key ? byKey.get(key)?.articles ?? [] : [])));
  for (const p of order) {
    if (out.get(p.id) !== null) continue;
    pick(p, fits(p).filter((c) => c.articles.some((u) => context.has(u))));
  }
  return out;
}
