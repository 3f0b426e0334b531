/** The real publishers' pages with gold readings, from ../shared/realgold (see its README). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// npm runs every script from the repo root, which sits beside ../shared.
export const REALGOLD_DIR = path.resolve('../shared/realgold');

export interface RealGoldPage {
  name: string;
  /** The page as the publisher served it. */
  html: string;
  /** The article's paragraphs as read for the gold (the `TITLE:` line left out; a few may be furniture). */
  paragraphs: string[];
  /** Every name form of every gold person. */
  people: { name: string; forms: string[] }[];
}

export function realGoldPages(): RealGoldPage[] {
  if (!existsSync(REALGOLD_DIR)) throw new Error(`${REALGOLD_DIR} is missing: clone the project beside ../shared`);
  return readdirSync(REALGOLD_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(REALGOLD_DIR, d.name, 'page.html')))
    .map((d) => {
      const dir = path.join(REALGOLD_DIR, d.name);
      const text = readFileSync(path.join(dir, 'article.txt'), 'utf8').replace(/\r\n?/g, '\n');
      return {
        name: d.name,
        html: readFileSync(path.join(dir, 'page.html'), 'utf8'),
        paragraphs: text.split(/\n\s*\n/).slice(1).map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean),
        people: (JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { people: RealGoldPage['people'] }).people,
      };
    });
}
