/** What a page sends to be remembered: built from its model (pure), and checked when it arrives. */
import type { ArticleModel } from '../model/types';
import type { ArticleInput, PersonInput } from './types';

/** The memory's view of an article read at `href` on `site`: its title, people, roles and quotes. */
export function articleInput(model: ArticleModel, href: string, site: string): ArticleInput {
  return {
    url: href.split('#')[0]!,
    title: model.title.text,
    site,
    people: model.actors.map((a) => ({
      id: a.id, name: a.fullName, role: a.role,
      quotes: model.quotes.filter((q) => q.speaker === a.id).map((q) => q.text),
    })),
  };
}

const isStr = (v: unknown): v is string => typeof v === 'string';

function asPerson(raw: unknown): PersonInput | null {
  const p = raw as Partial<PersonInput> | null;
  if (!p || !isStr(p.id) || !isStr(p.name) || p.name.trim() === '' || !(p.role === null || isStr(p.role))) return null;
  if (!Array.isArray(p.quotes) || !p.quotes.every(isStr)) return null;
  return { id: p.id, name: p.name, role: p.role, quotes: p.quotes };
}

/** Narrows a message's article to an ArticleInput, or null when any field is off. */
export function asArticleInput(raw: unknown): ArticleInput | null {
  const a = raw as Partial<ArticleInput> | null;
  if (!a || !isStr(a.url) || !/^https?:\/\//.test(a.url) || !isStr(a.title) || !isStr(a.site) || !Array.isArray(a.people)) return null;
  const people = a.people.map(asPerson);
  if (people.some((p) => p === null)) return null;
  return { url: a.url, title: a.title, site: a.site, people: people as PersonInput[] };
}
