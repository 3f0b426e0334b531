import { letterKey } from '../../matching/normalize';
import { SCHEMA_VERSION, type Actor, type ArticleModel, type Block, type Section } from '../types';
import { findMentions, type NameForms } from './find-mentions';
import { findPeople, type PersonDraft } from './find-people';
import { findQuotes } from './find-quotes';
import { panelLines } from './panel-lines';
import type { Gender } from './pronoun-reference';
import { findTitleQuotes } from './title-quotes';
import { parseArticle, type ParsedArticle } from './parse-article';
import { isGivenName, shippedGazetteer } from '../tagger/gazetteer';
import { taggerAvailable } from '../tagger/loaded-data';
import { tagWithShippedModel } from '../tagger/shipped-tagger';
import type { Entity } from '../tagger/tag-entities';

// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th', ı: 'i' };

/** "Łukasz Müller" → "lukasz-muller": ids stay ASCII and stable across rebuilds. */
export function slug(name: string): string {
  return name.replace(/[łŁøØđĐßæÆœŒþÞı]/g, (c) => UNDECOMPOSED[c]!).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** One snippet per paragraph long enough to be distinctive: 32 letters from its middle. */
export function fingerprintOf(paragraphs: string[]): string[] {
  return paragraphs
    .map(letterKey)
    .filter((k) => k.length >= 80)
    .map((k) => k.slice(Math.floor(k.length / 2) - 16, Math.floor(k.length / 2) + 16));
}

/**
 * Where two people share a surname ("Anna Müller", "Stefan Müller"), a mention by the surname alone
 * means the one named in full earlier in the same paragraph, or else the one the article named first
 * (its main subject: an obituary's "Kowalczyk" is the deceased, not the daughter quoted once).
 */
function resolveSharedSurnames(blocks: Block[], people: { id: string; fullName: string; surname: string }[]): void {
  const shared = new Map<string, string[]>();
  for (const p of people) shared.set(p.surname, [...(shared.get(p.surname) ?? []), p.id]);
  const first = new Map<string, string>();
  for (const b of blocks) {
    const last = new Map<string, string>();
    for (const m of b.mentions) {
      const p = people.find((x) => x.id === m.actor)!;
      const ids = shared.get(p.surname)!;
      if (ids.length < 2) continue;
      const text = b.text.slice(m.start, m.end);
      // "Joe and Hunter Biden": the given name before another's full name shares its surname, and
      // names its person in full, first.
      if (p.fullName.startsWith(`${text} `) && new RegExp(`^\\s+and\\s+\\p{Lu}[\\p{L}.-]*\\s+${p.surname}\\b`, 'u').test(b.text.slice(m.end))) {
        last.set(p.surname, p.id);
        if (!first.has(p.surname)) first.set(p.surname, p.id);
        continue;
      }
      // A given name ("her mother, Fiona,") was found as this person's own form: no surname to share.
      if (!text.includes(p.surname)) continue;
      if (text === p.fullName || text.split(' ').length > p.surname.split(' ').length) {
        last.set(p.surname, p.id);
        if (!first.has(p.surname)) first.set(p.surname, p.id);
      } else m.actor = last.get(p.surname) ?? first.get(p.surname) ?? ids[0]!;
    }
  }
}

/**
 * Builds the article model from the plain-text article format (see `parseArticle`).
 * Deterministic: the same text always gives the same model, byte for byte once serialized.
 * @throws ArticleInputError for input that is not an article.
 */
export function buildModel(source: string, options?: BuildOptions): ArticleModel {
  return buildModelFromParts(parseArticle(source), options);
}

/** How to build: `tagger: false` finds people by the rules alone (for comparison in the benchmark). */
export interface BuildOptions {
  tagger?: boolean;
  /** The tagger's entities for these paragraphs, when already found (a staged build tags in a task of its own). */
  entities?: readonly Entity[];
  /** The people, when already found from these paragraphs (`findPeopleIn`, in a task of its own). */
  people?: PersonDraft[];
}

/** The people of an article, as the builder finds them: the first half of `buildModelFromParts`. */
export function findPeopleIn(parsed: ParsedArticle, { tagger = true, entities }: BuildOptions = {}): PersonDraft[] {
  const paragraphsText = paragraphTexts(parsed);
  const bodyEntities = tagger ? entities ?? tagWithShippedModel(paragraphsText) : [];
  const people = findPeople(paragraphsText, tagger ? { entities: bodyEntities, names: shippedGazetteer() } : undefined);
  if (!tagger || !parsed.title) return people;
  // A body that names no one (a first-person column) leaves its people to the headline ("… X speaks
  // out on …"); a headline's names are read only then, since a headline in title case proves little.
  const headline = findPeople([parsed.title], { entities: tagWithShippedModel([parsed.title]), names: shippedGazetteer() });
  if (people.length === 0) return headline;
  // Otherwise a full name in the headline whose surname alone the body keeps using, tagged a person's
  // at least twice ("Joel Embiid leads …", then "Embiid" all through game notes), is that person: the body
  // alone names them too briefly to be sure of.
  for (const h of headline) {
    const surname = h.fullName.split(' ').pop()!;
    if (h.fullName === surname || people.some((p) => p.forms.has(surname) || p.fullName === h.fullName)) continue;
    if (bodyEntities.filter((e) => e.type === 'PER' && e.text === surname).length >= 2) people.push(h);
  }
  return people;
}

/**
 * The paragraphs' text, which the tagger reads: what `entities` must have been found in. A panel's
 * name and role lines count among them, though a page sets them as headings (panel-lines.ts).
 */
export function paragraphTexts(parsed: ParsedArticle): string[] {
  // Without the shipped lists (the rules alone), no line is known for a name: no panel.
  const names = taggerAvailable() ? shippedGazetteer() : null;
  const panel = panelLines(parsed.blocks.map((b) => b.text), (w) => isGivenName(names, w));
  const lines = new Set([...panel.keys(), ...[...panel.values()].filter((r): r is number => r !== null)]);
  return parsed.blocks.filter((b, i) => b.kind === 'paragraph' || lines.has(i)).map((b) => b.text);
}

/**
 * The usual gender of each person's given name, from the shipped lists (none where they are not
 * loaded): "Ellen Fetter" is likely "she", "John Gille" "he", "Jordan Lee" either.
 */
function genderPriors(people: PersonDraft[], ids: string[]): Map<string, Gender> {
  const priors = new Map<string, Gender>();
  if (!taggerAvailable()) return priors;
  const names = shippedGazetteer();
  people.forEach((p, i) => {
    if (p.fullName.split(' ').length <= p.surname.split(' ').length) return;
    const given = p.fullName.split(' ')[0]!.toLowerCase();
    if (names.female.has(given)) priors.set(ids[i]!, 'f');
    else if (names.male.has(given)) priors.set(ids[i]!, 'm');
  });
  return priors;
}

/** Builds the model from an article already split into title, kicker and blocks (e.g. read off a page). */
export function buildModelFromParts(parsed: ParsedArticle, options: BuildOptions = {}): ArticleModel {
  const people = options.people ?? findPeopleIn(parsed, options);
  const used = new Set<string>();
  const ids = people.map((p) => {
    let id = slug(p.fullName) || 'person';
    for (let n = 2; used.has(id); n++) id = `${slug(p.fullName)}-${n}`;
    used.add(id);
    return id;
  });
  // Longer forms first inside each actor; findMentions also orders across actors.
  const forms: NameForms = new Map(people.map((p, i) => [ids[i]!, [...p.forms].sort((a, b) => b.length - a.length)]));
  const block = (id: string, text: string): Block => ({ id, text, mentions: findMentions(text, forms) });

  const title = block('title', parsed.title);
  const sections: Section[] = [];
  let paragraphCount = 0;
  for (const b of parsed.blocks) {
    if (b.kind === 'heading') {
      sections.push({ heading: block(`h${sections.length}`, b.text), paragraphs: [] });
      continue;
    }
    if (sections.length === 0) sections.push({ heading: null, paragraphs: [] });
    sections[sections.length - 1]!.paragraphs.push(block(`p${paragraphCount++}`, b.text));
  }
  const allBlocks = [title, ...sections.flatMap((s) => (s.heading ? [s.heading, ...s.paragraphs] : s.paragraphs))];
  resolveSharedSurnames(allBlocks, people.map((p, i) => ({ id: ids[i]!, fullName: p.fullName, surname: p.surname })));
  const paragraphs = sections.flatMap((s) => s.paragraphs);
  const bodyQuotes = findQuotes(paragraphs, options.tagger === false ? undefined : genderPriors(people, ids));
  // The title's and the headings' quotations (a standfirst often quotes the story) read like headlines;
  // all in the order of the page.
  const inOrder = [
    ...findTitleQuotes(title, bodyQuotes),
    ...sections.flatMap((s) => [
      ...(s.heading ? findTitleQuotes(s.heading, bodyQuotes) : []),
      ...bodyQuotes.filter((q) => s.paragraphs.some((p) => p.id === q.block)),
    ]),
  ];
  const quotes = inOrder.map((q, i) => ({ id: `q${i}`, ...q }));

  const actors: Actor[] = people
    .map((p, i) => ({
      id: ids[i]!,
      fullName: p.fullName,
      surname: p.surname,
      aliases: [...p.forms].filter((f) => f !== p.fullName).sort(),
      role: p.role,
      mentionCount: allBlocks.reduce((n, b) => n + b.mentions.filter((m) => m.actor === ids[i]).length, 0),
    }))
    .filter((a) => a.mentionCount > 0)
    // Ties by id in code-unit order: the same on every machine, and no collator to set up (localeCompare's
    // first call costs a page's first build several ms).
    .sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    schemaVersion: SCHEMA_VERSION,
    title,
    kicker: parsed.kicker,
    sections,
    actors,
    quotes,
    fingerprint: fingerprintOf(paragraphs.map((p) => p.text)),
  };
}
