/** Name text as the memory indexes and compares it (pure). */

/** Lower case, accents and punctuation removed: "García-Márquez" → "garcia marquez". */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The words of a name, folded. */
export function nameTokens(s: string): string[] {
  const f = foldName(s);
  return f ? f.split(' ') : [];
}

/** Every suffix of every word of these names, so that "contains" becomes a prefix lookup on an index. */
export function nameSuffixes(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of names.flatMap(nameTokens)) for (let i = 0; i < t.length; i++) out.add(t.slice(i));
  return [...out];
}

/** A key for a name: "Ana García-Márquez" → "ana-garcia-marquez". */
export function slugName(s: string): string {
  return nameTokens(s).join('-') || 'person';
}
