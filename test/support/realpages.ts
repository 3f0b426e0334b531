/** Real publishers' saved pages from ../shared/realpages (see its README). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

export const REALPAGES_DIR = path.resolve(__dirname, '../../../shared/realpages');

export interface RealPage {
  name: string;
  source: string;
  /** The article's own content, as Readability extracts it (HTML). */
  expected: string;
  meta: { title?: string; readerable?: boolean };
}

export function realPages(): RealPage[] {
  if (!existsSync(REALPAGES_DIR)) throw new Error(`${REALPAGES_DIR} is missing: clone the project beside ../shared`);
  return readdirSync(REALPAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      source: readFileSync(path.join(REALPAGES_DIR, d.name, 'source.html'), 'utf8'),
      expected: readFileSync(path.join(REALPAGES_DIR, d.name, 'expected.html'), 'utf8'),
      meta: JSON.parse(readFileSync(path.join(REALPAGES_DIR, d.name, 'expected-metadata.json'), 'utf8')),
    }));
}

/** The text of an HTML fragment, parsed (never run) with jsdom. */
export function htmlText(html: string): string {
  return new JSDOM(html).window.document.body.textContent ?? '';
}
