/**
 * The export file (pure): its shape, and a validator that checks every field of a file before
 * anything is written, naming the first problem it finds. People are not in the file: they are rebuilt
 * from the articles' people (whose keys carry the reader's merges and splits).
 */
import type { ArticleRecord } from './types';

export const EXPORT_FORMAT = 'dramatis-memory';
export const EXPORT_VERSION = 1;

export interface MemoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: ArticleRecord[];
}

/** Builds the export of these articles. */
export function toExport(articles: ArticleRecord[], now: Date): MemoryExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), articles };
}

/** A person key as `slugName` makes them: lower-case letters of any script, digits and hyphens. */
const isKey = (k: string): boolean => /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(k) && k === k.toLowerCase();

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

const str = (v: unknown, where: string, nonEmpty = false): string =>
  typeof v === 'string' && (!nonEmpty || v.trim() !== '') ? v : fail(where, nonEmpty ? 'expected a non-empty string' : 'expected a string');

function article(raw: unknown, where: string): ArticleRecord {
  const a = raw as Record<string, unknown> | null;
  if (typeof a !== 'object' || a === null || Array.isArray(a)) fail(where, 'expected an object');
  const url = str(a.url, `${where}.url`, true);
  if (!/^https?:\/\//.test(url)) fail(`${where}.url`, 'expected an http(s) address');
  if (typeof a.readAt !== 'number' || !Number.isFinite(a.readAt) || a.readAt < 0) fail(`${where}.readAt`, 'expected a time in milliseconds');
  if (!Array.isArray(a.people)) fail(`${where}.people`, 'expected a list');
  const keys = new Set<string>();
  const people = a.people.map((raw, i) => {
    const at = `${where}.people[${i}]`;
    const p = raw as Record<string, unknown> | null;
    if (typeof p !== 'object' || p === null) fail(at, 'expected an object');
    const key = str(p.key, `${at}.key`, true);
    if (!isKey(key)) fail(`${at}.key`, 'expected lower-case letters, digits and hyphens');
    if (keys.has(key)) fail(`${at}.key`, `"${key}" appears twice in one article`);
    keys.add(key);
    if (p.role !== null && typeof p.role !== 'string') fail(`${at}.role`, 'expected a string or null');
    if (!Array.isArray(p.quotes)) fail(`${at}.quotes`, 'expected a list');
    const quotes = p.quotes.map((q, j) => str(q, `${at}.quotes[${j}]`));
    return { key, name: str(p.name, `${at}.name`, true), role: p.role as string | null, quotes };
  });
  return { url, title: str(a.title, `${where}.title`), site: str(a.site, `${where}.site`), readAt: a.readAt, people };
}

/** Parses and checks an export file's text; throws an Error saying what is wrong, and where. */
export function parseExport(text: string): MemoryExport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`not a JSON file (${(e as Error).message})`);
  }
  const x = raw as Record<string, unknown> | null;
  if (typeof x !== 'object' || x === null || x.format !== EXPORT_FORMAT) throw new Error('not a Dramatis memory export (no "format": "dramatis-memory")');
  if (x.version !== EXPORT_VERSION) throw new Error(`version ${String(x.version)} is not one this Dramatis reads (${EXPORT_VERSION})`);
  if (!Array.isArray(x.articles)) fail('articles', 'expected a list');
  const urls = new Set<string>();
  const articles = x.articles.map((a, i) => {
    const rec = article(a, `articles[${i}]`);
    if (urls.has(rec.url)) fail(`articles[${i}].url`, `"${rec.url}" appears twice`);
    urls.add(rec.url);
    return rec;
  });
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: typeof x.exportedAt === 'string' ? x.exportedAt : '', articles };
}
