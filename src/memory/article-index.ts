/**
 * The articles store's by-person index (pure helpers): each stored article carries one
 * [person key, readAt] entry per person, so a person's articles are an index range in reading order.
 */
import type { ArticleRecord, StoredArticle } from './types';

/** The article as stored: its record plus its by-person index entries. */
export function toStored(article: ArticleRecord): StoredArticle {
  const { url, title, site, readAt, people } = article;
  return { url, title, site, readAt, people, seen: people.map((p) => [p.key, readAt]) };
}

/** The article as exported and shown: without the index entries. */
export function fromStored(article: StoredArticle): ArticleRecord {
  const { url, title, site, readAt, people } = article;
  return { url, title, site, readAt, people };
}

/** Every index entry of one person: the range of their articles, oldest first. */
export function personRange(key: string): IDBKeyRange {
  return IDBKeyRange.bound([key, -Infinity], [key, Infinity]);
}
