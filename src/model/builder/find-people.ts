import { BIO_LINE, CREDIT_LINE, capitalizedRuns, NAME_OR_PROMPT_LINE, isTitleCase, JOINED_PARTICLE, POST_SIGNATURE, quotedTitles } from './capitalized-runs';
import { promoteCoordinated, sharedSurnames } from './coordination';
import { consistentEntities } from './consistent-entities';
import { GENERATIONAL_SUFFIX, NAME_PARTICLES, NON_PERSON_WORDS, STOPWORDS } from './lexicon';
import { SURE_KIND } from './kind-cues';
import { sameGivenName } from './nicknames';
import { panelLines } from './panel-lines';
import { readRun, type Candidate } from './read-run';
import { tokenize } from './tokens';
import { isGivenName, type Gazetteer } from '../tagger/gazetteer';
import type { Entity } from '../tagger/tag-entities';

/** A person found in the text, before ids are given. */
export interface PersonDraft {
  fullName: string;
  surname: string;
  role: string | null;
  /** Every name form seen ("President Trump", "Trump"), the full name included. */
  forms: Set<string>;
}

// "Joko “Jokowi” Widodo", "Don "Moose" Jamison": a nickname in quotation marks inside a full name.
const NICKNAMED = /(?<![\p{L}’'])(\p{Lu}[\p{Ll}’'-]+)\s+[“"‘]\p{Lu}[\p{L}’' .-]{0,24}[”"’]\s+(\p{Lu}[\p{Ll}’'-]+)(?![\p{L}])/gu;

// "… in that book. -- Karen Sandstrom", "… the year's best. [A.A. Dowd]": a reviewer's sign-off after the
// last sentence names the writer, not a person of the story. (After a quotation, a dash names its
// author: an epigraph, "“…” – Charles Dickens".)
const SIGN_OFF = /(?<=[.!?…])\s+(?:(?:--|[—–])\s?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*(?:,\s+[^,.;]{2,40})?|\[\s*(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}\])\s*$/u;

// "A: Bob Marley, Bruno Mars, Drake, The Eagles": a list of names, every word capitalized but no
// headline (headlines rarely run to three commas); its names are read as a sentence's.
const NAME_LIST = /^(?:[^,:]{0,40}:\s*)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3},\s+){2,}(?:and\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\.?$/u;

const COMPANY_SUFFIX = /^(?:Corp\.?|Corporation|Inc\.?|Co\.|Company|LLC|Ltd\.?|plc|PLC|Holdings|Industries|Technologies)$/u;

/** The part of a name that is the surname: from the first particle on ("van der Berg"), else the last word. */
export function surnameOf(words: string[]): string {
  // "James P. Kennedy Jr.": a generational suffix follows the surname.
  const end = words.length > 1 && GENERATIONAL_SUFFIX.test(words[words.length - 1]!) ? words.length - 1 : words.length;
  // Particles are capitalized too in some names and pages ("James Van Der Beek").
  const p = words.findIndex((w, i) => i > 0 && i < end - 1 && NAME_PARTICLES.has(w.toLowerCase()));
  return p > 0 ? words.slice(p, end).join(' ') : words[end - 1]!;
}


/**
 * Finds the people of an article in its paragraphs (headings are title case, so they prove nothing).
 * `evidence` is the name tagger's reading and its name lists: a capitalized run is a person when the
 * tagger says so (and the rules of `readRun` agree), or when a role or courtesy title stands before
 * it, or, for two or more words, a reporting verb or "who" follows it; a weaker run survives only if
 * a proven person shares its surname. Without evidence the rules work alone (as the unit tests use them).
 */
export function findPeople(paragraphs: string[], evidence?: { entities: readonly Entity[]; names: Gazetteer }): PersonDraft[] {
  const entities = consistentEntities(evidence?.entities ?? [], (w) => NON_PERSON_WORDS.has(w));
  const candidates: Candidate[] = [];
  const key = (c: Candidate): string => c.name.map((t) => t.text).join(' ');
  // Characters of films and shows, named with their actor in brackets: no one in the story.
  const characters = new Set<string>();
  const companies = new Set<string>();
  // A panel's speakers head their sections by name, with their role on the next line: people, and roles.
  const lists = evidence?.names;
  const given = (w: string): boolean => isGivenName(lists, w);
  const panel = panelLines(paragraphs, given);
  const roleLines = new Set([...panel.values()].filter((r): r is number => r !== null));
  for (const [p, text] of paragraphs.entries()) {
    // A byline or a credit line names its writer or photographer, not a person of the story.
    // So does a name set apart (but in a panel), a prompt, and a writer's bio in the last two paragraphs of a body.
    if (roleLines.has(p) || CREDIT_LINE.test(text) || (NAME_OR_PROMPT_LINE.test(text) && !panel.has(p))
      || (paragraphs.length >= 4 && p >= paragraphs.length - 2 && BIO_LINE.test(text))) continue;
    const here = entities.filter((e) => e.paragraph === p);
    const tokens = tokenize(text);
    const titles = quotedTitles(text);
    const titleCase = isTitleCase(text) && !panel.has(p) && !NAME_LIST.test(text.trim());
    const inParagraph: Candidate[] = [];
    const signOff = SIGN_OFF.exec(text)?.index ?? text.length;
    for (const run of capitalizedRuns(text, tokens)) {
      if (run[0]!.start >= signOff) continue;
      // "Sierra Nevada Corp.": the words before a company's suffix name the company wherever they stand.
      if (run.length >= 2 && COMPANY_SUFFIX.test(run[run.length - 1]!.text)) companies.add(run.slice(0, -1).map((t) => t.text).join(' '));
      if (titles.some((t) => t.start <= run[0]!.start && run[run.length - 1]!.end <= t.end)) continue;
      // "Jane Doe/Reuters", "(Jane Doe / AP)": a photo credit names the photographer, no one in the story.
      if (/^\s*\/\s*\p{Lu}/u.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 4))) continue;
      inParagraph.push(...readRun(text, run, tokens, here, evidence?.names ?? null));
    }
    for (const m of titleCase ? [] : text.matchAll(NICKNAMED)) {
      const first = tokens.find((t) => t.start === m.index);
      const last = tokens.find((t) => t.end === m.index! + m[0].length);
      const given = first && (evidence ? evidence.names.given.has(first.text.toLowerCase()) : true);
      const tagged = here.some((e) => e.type === 'PER' && first && last && e.start < last.end && e.end > first.start);
      // (Not "Don “Moose” Jamison Heritage School": an institution named after the person.)
      const named = /^\s+\p{Lu}/u.test(text.slice(m.index! + m[0].length));
      // The run before the nickname may have made a person of the given name alone ("President Joko").
      const run = inParagraph.find((c) => c.name[c.name.length - 1] === first);
      if (first && last && (given || tagged || run?.strong) && !named && !STOPWORDS.has(first.text)) {
        inParagraph.push({ name: [first, last], role: run?.role ?? null, strong: true, vouched: true });
      }
    }
    // A post's author is a person, however little the tagger made of a name with no sentence around
    // it ("Jiří Hošek"), unless it reads surely as a body or place, or ends like one ("Stansted Airport").
    const signed = POST_SIGNATURE.exec(text);
    if (signed) {
      const from = signed.index + signed[0].indexOf(signed[1]!);
      const name = tokens.filter((t) => t.start >= from && t.end <= from + signed[1]!.length);
      // A club's or a town's account ("Tottenham Hotspur") starts with a place no list knows as a name;
      // a lone word must be a name the tagger or the lists know ("Lena", not "J").
      const placeWord = !!lists && name.some((t) => { const w = t.text.toLowerCase(); return lists.place.has(w) && !lists.given.has(w) && !lists.surname.has(w); });
      const lone = name.length === 1 && !(name[0]!.text.length > 1 && (here.some((e) => e.type === 'PER' && e.start <= name[0]!.start && e.end >= name[0]!.end) || lists?.given.has(name[0]!.text.toLowerCase())));
      const other = placeWord || lone || here.some((e) => e.type !== 'PER' && e.margin >= SURE_KIND);
      const ownName = inParagraph.find((c) => c.name[0] === name[0]);
      if (ownName) ownName.strong ||= !other;
      else if (name.length && !other && !NON_PERSON_WORDS.has(name[name.length - 1]!.text)) inParagraph.push({ name, role: null, strong: true, vouched: true });
    }
    if (panel.has(p)) {
      const roleLine = panel.get(p);
      // (Only the name that opens the line: "Kenneth Frazier, CEO of Merck on CNBC" makes no one of Merck.)
      for (const c of inParagraph.filter((x) => text.slice(0, x.name[0]!.start).trim() === '')) {
        c.strong = true;
        if (roleLine != null) c.role ??= paragraphs[roleLine]!.trim();
      }
    }
    for (const actor of titleCase ? [] : inParagraph) {
      if (!playsCharacter(text, actor)) continue;
      actor.strong = true;
      const character = inParagraph.find((c) => c !== actor && /^\s*\(\s*$/u.test(text.slice(c.name[c.name.length - 1]!.end, actor.name[0]!.start)));
      if (character) characters.add(key(character));
    }
    if (!titleCase) promoteCoordinated(text, inParagraph);
    if (!titleCase) inParagraph.splice(0, inParagraph.length, ...sharedSurnames(text, tokens, inParagraph, given,
      (t) => here.some((e) => e.type === 'PER' && e.start === t.start && e.end === t.end)));
    // A headline's names join people the body shows, and make none of their own; a name the tagger
    // doubted counts only where a list made it a person.
    const kept = inParagraph.filter((c) => !c.doubted || (c.strong && !titleCase));
    candidates.push(...(titleCase ? kept.map((c) => ({ ...c, strong: false })) : kept));
  }
  // A name used as an institution's once is that institution's throughout, unless a title says otherwise.
  const institutions = new Set([...candidates.filter((c) => c.institution && c.name.length >= 2).map(key), ...companies]);
  for (const c of candidates) if (c.entitled) institutions.delete(key(c));
  for (const name of characters) institutions.add(name);
  for (const c of candidates) if (c.firm && !c.courtesy) institutions.add(key(c));
  // A name whose grammar says "thing" somewhere ("X, which …", a list of clubs) and that nothing but
  // the tagger calls a person anywhere is not one.
  const vouched = new Set(candidates.filter((c) => c.vouched).map(key));
  for (const c of candidates) if (c.unlike && !vouched.has(key(c))) institutions.add(key(c));
  // The tagger's readings of one name, taken together: "Apple" read surely as an organization more
  // often than as a person is one throughout, whatever an apposition calls it, unless "Mr." does.
  const courtesy = new Set(candidates.filter((c) => c.courtesy).map(key));
  const votes = new Map<string, number>();
  for (const e of entities) if (e.type === 'PER' || e.margin >= SURE_KIND) votes.set(e.text, (votes.get(e.text) ?? 0) + (e.type === 'PER' ? 1 : -1));
  for (const c of candidates) if ((votes.get(key(c)) ?? 0) < 0 && !courtesy.has(key(c))) institutions.add(key(c));
  // A big company's name shaped like a person's ("Lockheed Martin", "Raymond James") is no one, unless
  // a courtesy title says it is.
  if (lists) for (const c of candidates) if (c.name.length >= 2 && !courtesy.has(key(c)) && lists.companies.has(key(c).toLowerCase())) institutions.add(key(c));
  const people: (PersonDraft & { roleWords: number; first: number })[] = [];
  const order = new Map(candidates.map((c, i) => [c, i]));
  const sorted = [...candidates].filter((c) => !institutions.has(key(c))).sort((a, b) => Number(b.strong) - Number(a.strong) || b.name.length - a.name.length);
  const endings = new Set(candidates.filter((c) => c.name.length >= 2).map((c) => c.name[c.name.length - 1]!.text));
  // A surname alone that two people share waits until every name is placed: it is the first-named one's.
  const deferred: Candidate[] = [];
  const place = (c: Candidate, defer: boolean): void => {
    const words = c.name.map((t) => t.text);
    // "Bin Salman" at a sentence start is the surname "bin Salman" alone.
    const particleFirst = words.length > 1 && NAME_PARTICLES.has(words[0]!.toLowerCase());
    const surname = particleFirst ? words.join(' ') : c.surnameFirst ? words[0]! : surnameOf(words);
    const full = words.join(' ');
    const hasGiven = !particleFirst && words.length > surname.split(' ').length;
    // "Bashir" is the surname "al-Bashir" without its particle; "Mueller" is "Müller" in ASCII.
    // So is "Al Sharpton" read as a particle and a surname ("Rev. Al Sharpton") beside "Sharpton".
    const bare = (x: string): string => {
      const spaced = x.indexOf(' ');
      const rest = spaced > 0 && NAME_PARTICLES.has(x.slice(0, spaced).toLowerCase()) ? x.slice(spaced + 1) : x;
      return foldLetters((JOINED_PARTICLE.test(rest) ? rest.slice(rest.search(/[-‐]/u) + 1) : rest).toLowerCase());
    };
    // "De Blasio" and "DeBlasio": a surname spelled with or without its spaces and hyphens is one.
    const squash = (x: string): string => foldLetters(x.toLowerCase().replace(/[\s’'‐-]+/gu, ''));
    const same = people.filter((p) => bare(p.surname) === bare(surname) || squash(p.surname) === squash(surname));
    if (defer && !hasGiven && same.length > 1) {
      deferred.push(c);
      return;
    }
    const givenOf = (p: PersonDraft): boolean => p.fullName.split(' ').length > p.surname.split(' ').length;
    // Two people may share a surname ("Anna Müller" and "Stefan Müller"): a different given name is a
    // different person; a surname alone joins the first person known by it.
    // "Pereira Lopes" after "Sofia Pereira Lopes": the end of a known full name is that person.
    // "Josh Apte" after "Joshua Apte": a nickname of the given name, with the same surname, is the
    // same person (two people of one surname rarely bear one name's two forms in one story).
    // Middle initials and a suffix may come and go ("Patrick W. Carlineo", "Pat Carlineo", "Patrick
    // Carlineo Jr."), but "Jr." and "Sr." are two people.
    const suffix = (ws: string[]): string => (GENERATIONAL_SUFFIX.test(ws[ws.length - 1]!) ? ws[ws.length - 1]! : '');
    const nicknamed = (p: PersonDraft): boolean => {
      const theirs = p.fullName.split(' ');
      const [a, b] = [suffix(theirs), suffix(words)];
      return (!a || !b || a === b) && sameGivenName(theirs[0]!, words[0]!);
    };
    const firstNamed = (xs: typeof same): typeof same[number] | undefined => xs.reduce<typeof same[number] | undefined>((x, p) => (x && x.first <= p.first ? x : p), undefined);
    let person = same.find((p) => p.fullName === full) ?? firstNamed(same.filter((p) => p.fullName.endsWith(` ${full}`)))
      ?? (hasGiven ? same.find((p) => !givenOf(p)) ?? same.find(nicknamed) : firstNamed(same));
    // "Jose" after "Jose Mourinho", "Te Kaurinui" after "Te Kaurinui Robert Parata": the start of a
    // known full name is the one person the article gave it to.
    const byGiven = !person ? people.filter((p) => givenOf(p) && p.fullName.startsWith(`${full} `)) : [];
    if (byGiven.length === 1) person = byGiven[0];
    // "Zelensky" after "Volodymyr Zelenskiy": one surname spelled two ways (transliterations differ by
    // a letter); two people whose surnames differ by one letter rarely meet in one story.
    const variant = !person && !hasGiven && surname.length >= 6 ? people.filter((p) => oneEditApart(bare(p.surname), bare(surname))) : [];
    if (variant.length === 1) person = variant[0];
    // "Etienne" after "Camille Etienne Gbedey": a middle word of one known full name is that person's
    // (a first surname, as double surnames go), unless another name in the article ends in it
    // ("Clyburn" of "James Clyburn", not of "Walter A. Clyburn Reed"), or a title makes it someone of
    // their own ("Congressman Clyburn", the grandfather).
    const byMiddle = !person && words.length === 1 && !endings.has(full) && !c.entitled && !c.role ? people.filter((p) => p.fullName.split(' ').slice(1, -1).includes(full)) : [];
    if (byMiddle.length === 1) person = byMiddle[0];
    if (!person) {
      if (!c.strong) return;
      person = { fullName: full, surname, role: null, forms: new Set(), roleWords: 0, first: Infinity };
      people.push(person);
    }
    if (hasGiven && !givenOf(person)) person.fullName = full;
    person.first = Math.min(person.first, order.get(c)!);
    person.forms.add(full);
    if (c.alsoForm) person.forms.add(c.alsoForm);
    if (c.role) {
      const n = c.role.split(/\s+/).length;
      if (n > person.roleWords) {
        person.role = c.role;
        person.roleWords = n;
      }
      // "President Trump" is a name form; "star Neymar" is a role and a name.
      const title = c.role.split(/\s+/).pop()!;
      if (!hasGiven && /^\p{Lu}/u.test(title)) person.forms.add(`${title} ${full}`);
    }
  };
  for (const c of sorted) place(c, true);
  for (const c of deferred) place(c, false);
  // A surname two people share, alone, is the one named first's ("Joe and Hunter Biden": "Biden" is
  // Joe's, not also Hunter's).
  const owners = new Map<string, PersonDraft & { first: number }>();
  for (const p of people) {
    const o = owners.get(p.surname.toLowerCase());
    if (!o || p.first < o.first) owners.set(p.surname.toLowerCase(), p);
  }
  return people.map(({ roleWords: _, first: __, ...p }, i) => {
    // "He" of "Liu He" alone is the pronoun.
    // Nor is the "Z" of "Jay Z": a single letter alone names no one.
    if (owners.get(p.surname.toLowerCase()) === people[i] && !STOPWORDS.has(p.surname) && p.surname.length > 1) p.forms.add(p.surname);
    // A surname that starts with a particle is capitalized at the start of a sentence.
    if (/^\p{Ll}/u.test(p.surname)) p.forms.add(p.surname[0]!.toUpperCase() + p.surname.slice(1));
    return p;
  });
}

/**
 * "Andrew Neyman (Miles Teller)", "a former associate named Lestor (Jumayn Hunter)": a full name alone
 * in brackets right after a name is the actor who plays that character.
 */
function playsCharacter(text: string, c: Candidate): boolean {
  return c.name.length >= 2 && /\p{Lu}[\p{L}’'.-]*\s*\(\s*$/u.test(text.slice(Math.max(0, c.name[0]!.start - 40), c.name[0]!.start))
    && /^\s*\)/u.test(text.slice(c.name[c.name.length - 1]!.end));
}

/**
 * A lowercase name as English text spells it without accents: German umlauts as two letters
 * ("müller" → "mueller"), other marks dropped ("josé" → "jose").
 */
export function foldLetters(x: string): string {
  return x.replace(/ä/gu, 'ae').replace(/ö/gu, 'oe').replace(/ü/gu, 'ue').replace(/ß/gu, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** True when `a` becomes `b` by one letter added, dropped or changed (case already folded). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  // What is left between the common start and end: one letter on either side, or one on each.
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}
