import { NAME_LINE } from './capitalized-runs';
import { isRoleNoun } from './lexicon';

/** A short line that says what the name before it does ("Chief economist, RBC Global – Toronto"). */
function isRoleLine(text: string): boolean {
  const words = text.split(/\s+/u);
  return text.length <= 120 && words.length <= 14 && /^\p{Lu}/u.test(text) && !NAME_LINE.test(text)
    && words.some((w) => isRoleNoun(w.replace(/[^\p{L}-]/gu, '')));
}

/**
 * The lines of a panel: an article of several people's sections, each headed by the person's name on
 * a line of its own and, often, a line saying who they are ("Eric Lascelles" / "Chief economist, …").
 * A name set apart once is a byline; two or more different names, each heading text of its own, are
 * the speakers of a panel. A name line opens with a given name (`given`, from the name lists): a
 * subhead in title case ("Nevada Sluggish") is none. Returns each name line's index and its role
 * line's (or null).
 */
export function panelLines(texts: readonly string[], given: (word: string) => boolean): Map<number, number | null> {
  const nameLine = (t: string): boolean => NAME_LINE.test(t.trim()) && given(t.trim().split(/\s+/u)[0]!);
  // "Kenneth Frazier, CEO of Merck on CNBC": the name and its role on one line.
  const withRole = (t: string): string | null => {
    const m = /^([^,]+),\s+(.+)$/u.exec(t.trim());
    return m && nameLine(m[1]!) && isRoleLine(m[2]!) ? m[1]! : null;
  };
  const roled = texts.map(withRole);
  const names = texts.flatMap((t, i) => ((nameLine(t) && i + 1 < texts.length && !NAME_LINE.test(texts[i + 1]!.trim())) || roled[i] ? [i] : []));
  const out = new Map<number, number | null>();
  if (new Set(names.map((i) => roled[i] ?? texts[i]!.trim())).size < 2) return out;
  for (const i of names) out.set(i, !roled[i] && isRoleLine(texts[i + 1]!.trim()) ? i + 1 : null);
  return out;
}
