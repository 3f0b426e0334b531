import {
  CALENDAR_WORDS, COUNTRY_ACRONYMS, DAYS_AND_HOLIDAYS, GENERATIONAL_SUFFIX, HONORIFICS, isRoleNoun, KIN_NOUNS, NAME_PARTICLES, NATIONALITY_SHAPE, NON_PERSON_WORDS, PARTY_MEMBERS,
  PLACE_PREFIXES, ROLE_HEADS, ROLE_MODIFIERS, ROLE_NOUNS, showsSpeaker, STOPWORDS,
} from './lexicon';
import { JOINED_PARTICLE } from './capitalized-runs';
import { brandShaped, unlikePerson } from './kind-cues';
import { isSurnameFirstName } from './surname-first';
import { roleAround } from './role-context';
import { isCapitalized, type Token } from './tokens';
import { isGivenName, type Gazetteer } from '../tagger/gazetteer';
import type { Entity } from '../tagger/tag-entities';

/** A name read off one capitalized run, with what the words around it say. */
export interface Candidate {
  name: Token[];
  role: string | null;
  strong: boolean;
  /** A title in the name's own run ("Mr.", "Senator"): proof of a person that no tagger veto overrides. */
  entitled?: boolean;
  /** The name stands as the first part of an institution's name here ("X hospital", "X Medical Center"). */
  institution?: boolean;
  /** "Mr.", "Mrs.": said only of a person. */
  courtesy?: boolean;
  /** Something here other than the tagger shows a person: a title, a role, a speech verb, "who". */
  vouched?: boolean;
  /** The grammar here says it is not a person ("X, which", a list of places); see `unlikePerson`. */
  unlike?: boolean;
  /** The tagger, unsure, read it as a place or organization: a person only if a list joins it to one. */
  doubted?: boolean;
  /** An ampersand joins it to another name ("Johnson & Johnson"): a firm's name wherever it stands. */
  firm?: boolean;
  /** Its role is a plural one before a list ("judges X, Y and Z"), which the list's other names share. */
  sharedRole?: boolean;
  /** A form of the name that is not its tokens joined: the given name alone of "Joe and Hunter Biden". */
  alsoForm?: string;
  /** Written surname first ("Xi Jinping", "Tsai Ing-wen"): the first word is the surname. */
  surnameFirst?: boolean;
}


// Lowercase nouns that make the name before them an institution's or a place's ("Walter Reed hospital").
const INSTITUTION_AFTER = /^\s+(?:hospital|clinic|university|college|school|academy|institute|center|centre|museum|library|airport|station|stadium|arena|park|street|avenue|road|bridge|building|tower|hall|foundation|prize|award|medal|trophy|company|group|brand|label|studio|studios|productions|records)\b/u;

// A kin or other close relation right before the name, with its owner and a qualifier ("his late wife ",
// "her son, ", "married to ", "two children together, "), and the list it may open ("her friends Jay Z and ").
const RELATIONS = [...KIN_NOUNS, 'children', 'kids', 'sons', 'daughters', 'twins', 'siblings', 'friends?', 'girlfriend', 'boyfriend',
  'fianc[ée]e?', 'spouse', 'ex-wife', 'ex-husband', 'married to', 'engaged to', 'dating'].join('|');
const LISTED = String.raw`(?:(?:\p{Lu}[\p{L}.’'-]*\s)*\p{Lu}[\p{L}.’'-]*(?:,?\s(?:and|&)\s|,\s))*`;
const KIN_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${RELATIONS})(?:\s+together)?,?\s${LISTED}$`, 'u');

// A box score's line ("Tolivert 25 points. Davis 17 points.", "K. Hupfer 1 goal."): a count of a
// player's feats right after a name. One such line could be a team's ("the Lakers 30 points ahead"),
// so the paragraph must hold two.
// The feats a match report counts, one list for both patterns below.
const FEATS = 'point|goal|assist|save|steal|rebound|block|tackle|sack|touchdown|reception|strikeout|wicket|kill';
const STAT = String.raw`\d+\s+(?:(?:${FEATS})s?|carries|catches|RBIs?|digs|aces)\b`;
const STAT_AFTER = new RegExp(String.raw`^\s+` + STAT, 'u');
const STATS = new RegExp(String.raw`\b` + STAT, 'gu');
// "Semyon Varlamov stopped 27 shots", "Evgenii Dadonov had two assists": a name of two words or more
// doing a player's feats in a match report (a team does them too, but is plural or a place).
const FEAT_AFTER = new RegExp(String.raw`^\s+(?:had|scored|stopped|made|added|recorded|collected|threw|rushed|caught|blocked)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:${FEATS})s|shots|passes|catches|hits|runs|digs|aces)\b`, 'u');

// A plural noun of people right after the name ("Ennahda members", "Trump supporters").
const ATTRIBUTIVE = /^\s+(?:members|supporters|officials|leaders|loyalists|allies|fighters|militants|lawmakers|voters|fans|followers|activists|staff|staffers|aides|employees|workers|forces|troops|players)\b/u;

// Verbs of saying that come before their speaker in an inverted clause ("…,” said X").
const SAID_BEFORE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'replied', 'explained', 'noted', 'recalled', 'concluded', 'insisted', 'warned', 'argued']);

// A speech verb right after a speaker who follows the quotation ("…,” X said.").
const SAID_AFTER_QUOTE = /^\s+(?:said|says|asked|asks|added|adds|wrote|writes|replied|continued|explained|noted|insisted|warned|argued)\b/u;

/** A cardinal number spelled out, capitalized. */
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred|Thousand)$/u;

/** Titles in the plural, before two names or more, and each one's title. */
const PLURAL_TITLES = new Map([['Sens.', 'Sen.'], ['Reps.', 'Rep.'], ['Govs.', 'Gov.']]);

/** One or more initials, each with its full stop ("J.", "H.W."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/** A name of two words or more that opens with a person's initials ("J.C. Chandor"), not a country's ("U.S."). */
const opensWithInitials = (words: string[]): boolean => words.length >= 2 && INITIALS.test(words[0]!) && !COUNTRY_ACRONYMS.has(words[0]!);

/** How sure the tagger must be of a one-word person that no longer name explains ("Fiona", "Madonna"). */
const SURE_MARGIN = 1200;

/** How sure the tagger must be of a place or organization to overrule a role word before the name. */
const SURE_VETO = 300;

const isRoleWord = (w: string): boolean =>
  ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w) || COUNTRY_ACRONYMS.has(w) || NATIONALITY_SHAPE.test(w) || HONORIFICS.has(w);

/**
 * Reads one capitalized run as a role prefix plus a name, or rejects it as not a person. `entities`
 * are the tagger's names in this paragraph: a person it found inside the run fixes where the name
 * starts and ends ("Secretary of State Mike Pompeo" is not "State Mike Pompeo"), and a place or
 * organization it found there vetoes a person that only weak rules suggest.
 */
export function readRun(text: string, run: Token[], tokens: Token[], entities: readonly Entity[], names: Gazetteer | null): Candidate[] {
  let r = run;
  // "Donald Sterling-gate": a scandal named after a person names the person.
  const gate = /^(\p{Lu}.*)-gate$/u.exec(r[r.length - 1]!.text);
  if (gate) r = [...r.slice(0, -1), { ...r[r.length - 1]!, text: gate[1]!, end: r[r.length - 1]!.start + gate[1]!.length }];
  // A capitalized function word opens a run at a sentence start, or after a dash or a dateline ("— To X");
  // a day or a holiday opens none ("Easter", "Sunday Bassi said").
  const dayFirst = DAYS_AND_HOLIDAYS.has(r[0]!.text);
  while (r.length && (STOPWORDS.has(r[0]!.text) || DAYS_AND_HOLIDAYS.has(r[0]!.text))) r = r.slice(1);
  // … but a day before everyday words only names a thing: "Saturday Night Live", "Monday Night Football".
  if (dayFirst && names && r.length > 0 && r.every((t) => names.common.has(t.text.toLowerCase()) && !names.given.has(t.text.toLowerCase()))) return [];
  // "Will Warren continue to face the heat, or …?": a question's modal opens no name.
  if (r.length > 1 && r[0]!.text === 'Will' && /(?:^|[.!?:;—–]\s*|[“"‘]|\n)\s*$/u.test(text.slice(Math.max(0, r[0]!.start - 3), r[0]!.start))
    && /^\s+\p{Ll}[^.!?]*\?/u.test(text.slice(r[r.length - 1]!.end))) r = r.slice(1);
  // "ambassador to Ukraine Marie Yovanovitch": the place a lowercase role is of opens the run, and a
  // given name the lists know starts the name after it.
  const roleOf = r.length >= 3 ? /(\p{Ll}+)\s+(?:to|of|for|in)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, r[0]!.start - 40), r[0]!.start)) : null;
  // (A pinyin name after it, "ambassador to Britain Liu Xiaming", needs no list to know the place.)
  if (names && roleOf && isRoleNoun(roleOf[1]!) && ((names.place.has(r[0]!.text.toLowerCase())
    && !names.given.has(r[0]!.text.toLowerCase()) && isGivenName(names, r[1]!.text)) || (r.length === 3 && isSurnameFirstName(r.slice(1).map((t) => t.text), names)))) r = r.slice(1);
  // "In defence of Keith I don't think …": the pronoun "I" ends no name.
  while (r.length > 1 && r[r.length - 1]!.text === 'I' && /^(?:\s+\p{Ll}|[’'])/u.test(text.slice(r[r.length - 1]!.end))) r = r.slice(0, -1);
  // "Merry Xmas", "Happy Easter": a greeting ends in its holiday.
  if (!r.length || (r.length > 1 && DAYS_AND_HOLIDAYS.has(r[r.length - 1]!.text) && !/day$/u.test(r[r.length - 1]!.text))) return [];
  const overlaps = (e: Entity, from: Token, to: Token): boolean => e.start < to.end && e.end > from.start;
  // A "person" that is only role words ("Ukrainian" before "President X") is part of the role. (A word
  // shaped like a nationality that ends the run is a name: "Oceanographer Pattiaratchi", "Fran".)
  const roleLike = (t: Token): boolean => isRoleWord(t.text) && !(t === r[r.length - 1] && NATIONALITY_SHAPE.test(t.text)
    && (r.length > 1 || !!names?.given.has(t.text.toLowerCase()))
    && !ROLE_HEADS.has(t.text) && !ROLE_MODIFIERS.has(t.text) && !HONORIFICS.has(t.text));
  const persons = mergeAdjacent(text, entities.filter((e) => e.type === 'PER' && overlaps(e, r[0]!, r[r.length - 1]!)
    && r.some((t) => overlaps(e, t, t) && !roleLike(t))));
  const others = entities.filter((e) => e.type !== 'PER');
  if (persons.length === 0) {
    const c = readName(text, r, tokens, null, names, entities);
    if (!c) return [];
    // A courtesy title outweighs the tagger, a role word only its doubts: "Premier League" has a role
    // word but names no one; "director, Thandiwe Mokoena" is a person however unsure the tagger was.
    // Initials before a surname ("J.C. Chandor") are a person's name's shape: the tagger's reading of
    // the initials as a place ("D.C.") or of the whole as a work or event is no veto; a company's is
    // ("J.P. Morgan").
    const words = c.name.map((t) => t.text);
    const initialed = opensWithInitials(words);
    const veto = entities.filter((e) => e.type !== 'PER' && overlaps(e, c.name[0]!, c.name[c.name.length - 1]!)
      && !(initialed && (e.type === 'MISC' || (e.type === 'LOC' && e.end <= c.name[0]!.end))));
    const sure = veto.some((e) => e.margin >= SURE_VETO);
    // "Guadalupe Salinas Hernández": a given name and two surnames the lists know are a person's,
    // however place-like its words (the tagger reads such names as places).
    // So is a Chinese name in pinyin ("Xi Jinping"), which it reads as a place (readName saw its shape).
    if (c.surnameFirst || (names && doubleSurname(words, names))) return [{ ...c, strong: true }];
    // "Chelsea Handler": a given name and a surname the lists know, which the tagger only half took for
    // a place or a body, are a person's (a place's name rarely ends in a surname that is no word or place).
    if (names && !sure && words.length === 2 && givenAndSurname(words, names)) return [{ ...c, strong: true }];
    if (!veto.length || c.courtesy || (!sure && c.titled)) return [c];
    return sure || c.name.length < 2 ? [] : [{ ...c, strong: false, doubted: true }];
  }
  const out: Candidate[] = [];
  let from = 0;
  for (const e of persons) {
    let to = from;
    while (to < r.length && r[to]!.start < e.end) to++;
    // A particle and what follows it stay in the name ("Maria de la Cruz"), whatever the tagger says;
    // so do the capitalized words before the tagged part, back to a title or another kind of name
    // ("Coach Jan van der Berg" when the tagger saw only "Berg", but not "Britain" in "Britain Liu Xiaming").
    const givenName = (w: string): boolean => /^\p{Lu}\.$/u.test(w) || (names?.given.has(w.toLowerCase()) ?? true);
    // A word no list knows ("Maurkice"), right before a surname the tagger saw alone, is a rarer given name.
    // (Not a verb's -ing form opening a heading: "Questioning Vindman's judgment".)
    const unknownWord = (w: string): boolean => !!names && /^\p{Lu}\p{Ll}+$/u.test(w) && !/ing$/u.test(w) && ![names.common, names.place, names.surname].some((l) => l.has(w.toLowerCase()));
    const free = (t: Token): boolean => !others.some((o) => overlaps(o, t, t)) && !persons.some((p) => p !== e && overlaps(p, t, t));
    // A given name is followed by its surname ("Steve Jobs" when the tagger saw only "Steve").
    // An initial never ends a name ("George H.W." of "George H.W. Bush").
    // The word after a particle is the name's, whatever the tagger made of it ("Erik van Sebille" with
    // "Sebille" read as a place).
    const tagStart = r.findIndex((t) => t.end > e.start);
    const afterParticle = (k: number): boolean => k > tagStart && NAME_PARTICLES.has(r[k - 1]!.text) && /^\p{Lu}/u.test(r[k]!.text);
    // So does a surname with its particle hyphened on ("Abdel-Fattah el-Sissi" when the tagger saw the given name).
    while (to < r.length && to > 0 && (free(r[to]!) || afterParticle(to)) && (NAME_PARTICLES.has(r[to]!.text) || NAME_PARTICLES.has(r[to - 1]!.text) || INITIALS.test(r[to - 1]!.text) || (to - from === 1 && givenName(r[to - 1]!.text)) || JOINED_PARTICLE.test(r[to]!.text))) to++;
    // So is a one-word name the tagger saw after a title ("Prime Minister Narendra" of "… Narendra Modi
    // pledged"): by one word that is a surname or no list knows, and is no role, day or institution.
    const next = r[to];
    // (Shaped like a nationality is no bar here: "Modi", "Renzi" end like "Israeli" but no list knows them.)
    if (next && to > 0 && !/\s/u.test(e.text) && r[to - 1]!.end === e.end && free(next) && (!isRoleWord(next.text) || NATIONALITY_SHAPE.test(next.text))
      && !NON_PERSON_WORDS.has(next.text) && !CALENDAR_WORDS.has(next.text)
      && (unknownWord(next.text) || !!names?.surname.has(next.text.toLowerCase()))) to++;
    // A generational suffix after a full name is the name's ("Kelly Oubre Jr." when the tagger saw "Kelly Oubre").
    if (to - tagStart >= 2 && r[to] && GENERATIONAL_SUFFIX.test(r[to]!.text) && free(r[to]!)) to++;
    let first = tagStart;
    // Over a particle the tagger left out, to the given name before it ("Wernher von Braun" when it saw "Braun").
    const hop = r[first - 2];
    if (first - 2 >= from && NAME_PARTICLES.has(r[first - 1]!.text) && hop && (givenName(hop.text) || unknownWord(hop.text))
      && !isRoleWord(hop.text) && !STOPWORDS.has(hop.text) && free(hop)) first -= 2;
    // A word no list knows before the tagged name is a rarer given name ("Rémi Emmanuel Plesel",
    // "Wernher von Braun"): one such word only.
    while (first > from && (givenName(r[first - 1]!.text) || (first === tagStart && unknownWord(r[first - 1]!.text) && !isRoleNoun(r[first - 1]!.text))) && !isRoleWord(r[first - 1]!.text) && !STOPWORDS.has(r[first - 1]!.text) && !others.some((o) => o.start < r[first - 1]!.end && o.end > r[first - 1]!.start)) first--;
    const c = readName(text, r.slice(from, to), tokens, { ...e, start: Math.min(e.start, r[first]!.start), end: Math.max(e.end, r[to - 1]!.end) }, names, entities);
    // "Walter Reed National Military Medical Center": the run goes on past the name, into no other
    // person, and ends like an institution.
    const rest = r.slice(to).filter((t) => !persons.some((p) => overlaps(p, t, t)));
    if (c && rest.length === r.length - to && rest.length > 0 && NON_PERSON_WORDS.has(rest[rest.length - 1]!.text) && !CALENDAR_WORDS.has(rest[rest.length - 1]!.text)) c.institution = true;
    if (c) out.push(c);
    from = to;
  }
  return out;
}

// "of the University of Otago in Dunedin", "at Harbour Bank": a body named after a person, up to a comma.
const WORKPLACE = /^\s+(?:of|from|at|with)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}\p{Lu}[\p{L}.’'&-]*(?:\s+in\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?)?)(?=\s*[,;.)]|\s+(?:said|says|told|tells|added|wrote)\b)/u;
const WORKPLACE_WORDS = /\b(?:University|College|Institute|Institution|School|Hospital|Center|Centre|Foundation|Museum|Laboratory|Lab|Survey|Society|Association|Agency|Council|Commission|Bank|Group|Company|Corp\.?|Inc\.?|Ltd\.?|Trust|Fund|Partners|Capital|Research|Studies|Service|Department|Ministry|Office|Academy|Observatory|Zoo|Clinic)\b/u;

/** The body a person works for, named right after them ("X of the University of Otago"), or null. */
function workplaceAfter(after: string): string | null {
  const m = WORKPLACE.exec(after);
  return m && WORKPLACE_WORDS.test(m[1]!) ? m[0].trim() : null;
}

/** A given name and a surname, neither an everyday word, the surname no place. */
function givenAndSurname([given, surname]: string[], names: Gazetteer): boolean {
  const s = surname!.toLowerCase();
  return isGivenName(names, given!) && names.surname.has(s) && !names.common.has(s) && !names.place.has(s);
}

/** A given name (no everyday word) and two surnames, accents aside: a Spanish-style full name. */
function doubleSurname(words: string[], names: Gazetteer): boolean {
  const [given, a, b] = words.map((w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  return words.length === 3 && names.given.has(given!) && !names.common.has(given!) && names.surname.has(a!) && names.surname.has(b!);
}

/**
 * Two persons the tagger found side by side in one run, a space apart, are one name it split
 * ("Zabihullah" + "Mujahid"): running text never puts two people's names together unpunctuated.
 */
function mergeAdjacent(text: string, persons: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of persons) {
    const last = out[out.length - 1];
    if (last && text.slice(last.end, e.start) === ' ') out[out.length - 1] = { ...last, end: e.end, text: text.slice(last.start, e.end), margin: Math.min(last.margin, e.margin) };
    else out.push(e);
  }
  return out;
}

/** Reads a run that ends with a name (the tagger's `tagged` person, when it found one). */
function readName(
  text: string, r: Token[], tokens: Token[], tagged: Entity | null, names: Gazetteer | null, entities: readonly Entity[],
): (Candidate & { titled: boolean }) | null {
  if (!r.length) return null;
  let i = 0;
  let lastHead = -1;
  let honorific = false;
  // A role noun capitalized to open a sentence ("Employee Steve Castro", "Oceanographer Pattiaratchi")
  // is a role, unless the lists know it as a name ("Hunter", "Baker"); a given name must follow, or a
  // surname alone that the tagger or the lists take for one.
  const lone = (t: Token): boolean => r.length === 2 && (!!names?.surname.has(t.text.toLowerCase()) || (tagged !== null && tagged.end >= t.end && tagged.start <= t.start));
  // ("Lieutenant Airman X": a role noun right after a title is part of it.) A surname the lists know
  // ("Poet", "Baker") is still a role before a given name and a surname ("Poet Philip Larkin").
  const roleNoun = (k: number): boolean => (k === 0 || lastHead === k - 1) && r.length - k >= 2 && /^\p{Lu}\p{Ll}+$/u.test(r[k]!.text)
    && (r.length - k >= 3 ? ROLE_NOUNS.has(r[k]!.text.toLowerCase()) : isRoleNoun(r[k]!.text))
    && !!names && (!names.given.has(r[k]!.text.toLowerCase()) || (names.common.has(r[k]!.text.toLowerCase()) && names.given.has(r[k + 1]!.text.toLowerCase())))
    && (names.given.has(r[k + 1]!.text.toLowerCase()) ? r.length - k >= 3 : lone(r[k + 1]!) && !names.surname.has(r[k]!.text.toLowerCase()));
  while (i < r.length - 1 && (isRoleWord(r[i]!.text) || roleNoun(i)) && !(tagged && r[i]!.start >= tagged.start && !HONORIFICS.has(r[i]!.text) && !ROLE_HEADS.has(r[i]!.text) && !roleNoun(i))) {
    if (ROLE_HEADS.has(r[i]!.text) || roleNoun(i)) lastHead = i;
    if (HONORIFICS.has(r[i]!.text)) honorific = true;
    i++;
  }
  // "King's College London", "the Governor's Mansion": what a title owns is a place or a body, unless
  // another title follows ("the President's Chief of Staff X"). (A country's is a person: "Russia's X".)
  const owner = tokens[tokens.indexOf(r[0]!) - 1];
  if (owner?.possessive && ROLE_HEADS.has(owner.text) && /^[’']s $/u.test(text.slice(owner.end, r[0]!.start))
    && !r.some((t) => ROLE_HEADS.has(t.text))) return null;
  // "South Dakota Gov. Kristi Noem", "Salesforce CEO Marc Benioff": a place or a company before the title.
  if (lastHead < 0 && !honorific) {
    // (Not "King" of "Martin Luther King Jr.": a suffix after it makes it a surname.)
    const k = r.findLastIndex((t, j) => j < r.length - 1 && ROLE_HEADS.has(t.text) && !GENERATIONAL_SUFFIX.test(r[j + 1]!.text));
    if (k > 0 && r.length - k - 1 <= 4 && !r.slice(k + 1).some((t) => ROLE_HEADS.has(t.text))) lastHead = k;
  }
  let name = r.slice(lastHead + 1).filter((t, k, a) => !(k < a.length - 1 && HONORIFICS.has(t.text)));
  if (tagged) name = name.filter((t) => t.start >= tagged.start && t.end <= tagged.end);
  // "Browns DL Sheldon Richardson": an acronym inside is a team's or a post's, and the name follows it.
  const acronym = name.findLastIndex((t, k) => k < name.length - 2 && /^\p{Lu}{2,}$/u.test(t.text));
  if (acronym >= 0) name = name.slice(acronym + 1);
  // A generational suffix alone ("Jr." of "Martin Luther King Jr. Day") is no name.
  if (name.length === 0 || name.length > 4 || name.every((t) => GENERATIONAL_SUFFIX.test(t.text))) return null;
  // A letter alone ("Professor X", "Mrs. H") is a character's or a code name; "Vs" joins two titles ("Alien Vs. Predator").
  if ((name.length === 1 && /^\p{Lu}\.?$/u.test(name[0]!.text)) || name.some((t) => /^Vs\.?$/u.test(t.text))) return null;
  const words = name.map((t) => t.text);
  const nameStart = tagged ? name[0]!.start : r[0]!.start;
  const textBefore = text.slice(Math.max(0, nameStart - 40), nameStart);
  // "his wife Grace", "her son Hal Park": a kin noun before a full name, or a lone given name the lists
  // know, shows a person of the story.
  const kin = KIN_BEFORE.test(textBefore) && (words.length >= 2 || tagged !== null || !!names?.given.has(words[0]!.toLowerCase()));
  let around = words.length >= 2 || tagged ? roleAround(text, nameStart, name[name.length - 1]!.end) : { person: false, role: null };
  if (kin) around = { ...around, person: true };
  // "fellow Ennahda members": a name that qualifies a plural noun is not what the words before describe.
  if (ATTRIBUTIVE.test(text.slice(name[name.length - 1]!.end)) && !kin) around = { person: false, role: null };
  const possessive = /^[’']s\b/u.test(text.slice(name[name.length - 1]!.end));
  const after = text.slice(name[name.length - 1]!.end + (possessive ? 2 : 0));
  if ((STAT_AFTER.test(after) && (text.match(STATS)?.length ?? 0) >= 2)
    || (words.length >= 2 && !/s$/u.test(words[words.length - 1]!) && FEAT_AFTER.test(after) && !names?.place.has(words[0]!.toLowerCase()))) around = { ...around, person: true };
  // "Lou Gehrig's disease", "Murphy's law": a name lent to a thing is no one in the story.
  if (possessive && /^\s+(?:disease|syndrome|law|principle|theorem|paradox|razor)\b/u.test(after)) return null;
  // "the Obama administration", "the Assad regime": a surname standing for its holder's government.
  const governs = words.length === 1 && /^\s+(?:administration|regime|presidency|era)\b/u.test(after);
  // With no title in front, a last word like "Union" or "Bank" makes it an organization or a place.
  const titled = lastHead >= 0 || honorific || around.person || governs;
  // When the tagger is at hand and did not see a person, only "Mr." or "Mrs." makes one of a run ending
  // like an organization's name: "Premier League" has a role word in front, but names no one.
  const vouched = titled && (tagged !== null || names === null);
  // "playing the chaos theorist Ian Malcolm": an actor's part is a character, not a person.
  // So is "his role as George Kirk".
  // (Not "her role as Katherine Heigl's boss": the part is the boss, and the name an actor's.)
  if (!possessive && /\b(?:portray(?:s|ed|ing)?|play(?:s|ed|ing)\s+the|(?:role|part)\s+as)\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(textBefore)) return null;
  // "New Jersey Republicans" when the tagger took only "Jersey Republicans": a place's prefix in front.
  const prefixBefore = name[0] !== r[0] && PLACE_PREFIXES.has(r[r.indexOf(name[0]!) - 1]?.text ?? '');
  // A month is a surname after a given name the tagger read with it ("Theresa May", "Mark May").
  const monthSurname = tagged !== null && words.length >= 2 && CALENDAR_WORDS.has(words[words.length - 1]!)
    && !!names?.surname.has(words[words.length - 1]!.toLowerCase()) && names.given.has(words[0]!.toLowerCase());
  // "Rio de Janeiro", "Costa Rica": a place's name of several words, unless a title says otherwise.
  const placeName = words.length >= 2 && !honorific && lastHead < 0 && !around.person && !!names?.placePhrase.has(words.join(' ').toLowerCase());
  // "Ellie Hall tweeted": a given name and a surname the lists know, speaking, are a person, though
  // "Hall" often ends a building's name.
  const speakingName = words.length === 2 && (SAID_AFTER_QUOTE.test(after) || /^\s+(?:told|tells|tweeted|tweets)\b/u.test(after)) && !!names
    && names.given.has(words[0]!.toLowerCase()) && !names.common.has(words[0]!.toLowerCase()) && names.surname.has(words[1]!.toLowerCase());
  if (PLACE_PREFIXES.has(words[0]!) || prefixBefore || placeName || PARTY_MEMBERS.has(words[words.length - 1]!)
    || (NON_PERSON_WORDS.has(words[words.length - 1]!) && !vouched && !honorific && !monthSurname && !speakingName)) return null;
  // An acronym ("NATO", "U.S.") is not a name; an initial ("J.") is part of one.
  // A given name the lists know lets the tagger's surname be any word ("Ken Doctor", "Steve Jobs").
  // So does a role before the name ("industry analyst Ken Doctor").
  // (Not a given name that is an everyday word too: "Blue Origin".)
  const given = (tagged !== null || around.person) && words.length === 2 && !!names?.given.has(words[0]!.toLowerCase()) && !names.common.has(words[0]!.toLowerCase());
  // A function word ends a name only where the tagger read it as one, never first ("Liu He").
  const functionWord = (w: string, k: number): boolean => STOPWORDS.has(w) && !(tagged && k > 0 && k === words.length - 1 && tagged.end >= name[k]!.end);
  // Initials inside a name ("George H.W. Bush") or opening it ("J.C. Chandor") are part of it; a
  // country's ("U.S.") is not; nor is a regnal or generational numeral after it ("Benedict XVI").
  // Nor is an acronym in the plural ("Tory MPs", "CEOs").
  const acronymWord = (w: string, k: number): boolean => (/^\p{Lu}\.?(?:\p{Lu}\.?)+$/u.test(w) || /^\p{Lu}{2,}s$/u.test(w))
    && !(k < words.length - 1 && INITIALS.test(w) && !(k === 0 && COUNTRY_ACRONYMS.has(w)))
    && !(k > 0 && k === words.length - 1 && GENERATIONAL_SUFFIX.test(w));
  // "Martin Luther King Jr.", "Martin Luther King III": a title word is a surname before a suffix.
  const suffixed = (k: number): boolean => k > 0 && k === words.length - 2 && GENERATIONAL_SUFFIX.test(words[k + 1]!) && !!names?.given.has(words[0]!.toLowerCase());
  if (words.some((w, k) => acronymWord(w, k) || functionWord(w, k) || (ROLE_HEADS.has(w) && !(given && k === words.length - 1) && !suffixed(k)))) return null;
  // (Unless a title goes before and the tagger agrees, "Oceanographer Pattiaratchi", "Premier Modi",
  // or the tagger reads a given name so shaped as a person: "his wife Fran", "Brian".)
  const nameShaped = tagged !== null && (lastHead >= 0 || !!names?.given.has(words[0]!.toLowerCase()));
  if (words.length === 1 && ((NATIONALITY_SHAPE.test(words[0]!) && !nameShaped) || COUNTRY_ACRONYMS.has(words[0]!))) return null;
  // "Louisiana Democrats", "Texas Rangers": a place's people or team, in the plural; "Mr. Ranking
  // Member": a title, ending in a role noun that is no surname (after a known given name it is one:
  // "analyst Ken Doctor").
  const lastWord = words[words.length - 1]!;
  if (names && words.length >= 2 && !names.surname.has(lastWord.toLowerCase())) {
    const singular = lastWord.slice(0, -1);
    const placePeople = /\p{Ll}s$/u.test(lastWord) && (names.common.has(singular.toLowerCase()) || /\p{Ll}(?:an|ist|ite|crat)$/u.test(singular))
      && names.place.has(words[0]!.toLowerCase());
    if (placePeople || (isRoleNoun(lastWord) && !given)) return null;
  }
  // "General Electric": a title before an everyday word that no list knows as a name is a company's
  // or a thing's name, not a person's; so is a post one becomes ("to become Chief Whip").
  const unnamed = words.length === 1 && lastHead >= 0 && !tagged && !!names
    && !names.surname.has(words[0]!.toLowerCase()) && !names.given.has(words[0]!.toLowerCase());
  const post = /\b(?:becom(?:e|es|ing)|became|appointed|named|elected)\s+(?:the\s+|as\s+)?$/u.test(text.slice(Math.max(0, r[0]!.start - 30), r[0]!.start));
  if (unnamed && (names.common.has(words[0]!.toLowerCase()) || post)) return null;
  // "Justice Department" is no person "Department"; "Senator Park" is one, Park being a surname.
  if (words.length === 1 && NON_PERSON_WORDS.has(words[0]!) && names && !names.surname.has(words[0]!.toLowerCase())) return null;
  // "Associated General Contractors": a role noun in the plural after a title is a body of them, no one.
  if (words.length === 1 && isRoleNoun(words[0]!, true) && !isRoleNoun(words[0]!) && !names?.surname.has(words[0]!.toLowerCase())) return null;
  if (!honorific && words.some((w) => brandShaped(w, names?.given))) return null;
  let role: string | null = null;
  if (lastHead >= 0) {
    let start = r[0]!.start;
    // "Russia’s Foreign Minister": a possessive owner right before the role belongs to it.
    const before = tokens[tokens.indexOf(r[0]!) - 1];
    if (before?.possessive && isCapitalized(before.text) && /^[’']s $/u.test(text.slice(before.end, start))) start = before.start;
    role = text.slice(start, r[lastHead]!.end);
  }
  const verb = /^,?\s+(?:(?:has|had|have|also|later|then|once|again|previously|recently)\s+)*(\p{Ll}+)/u.exec(after)?.[1];
  const speaks = verb !== undefined && showsSpeaker(verb);
  // "…,” said Philip Luther, …": a speech verb right after a quotation or a comma, before the name.
  const inverted = /(?:[,”"’]|^)\s*(\p{Ll}+)\s+$/u.exec(textBefore);
  // Not "told X" or "asked X": their object may be an outlet ("told Business Insider").
  const saidBefore = words.length >= 2 && inverted !== null && SAID_BEFORE.has(inverted[1]!);
  // A title of rank alone ("Sir", "Lord") says less than an apposition ("Sir Keith Joseph, the
  // education secretary").
  if (role !== null && /^(?:Sir|Dame|Lord|Lady)$/u.test(role) && around.role) role = around.role;
  role ??= around.role;
  // "Wray Grimaldi of the University of Otago": where a person the tagger found works, as their role.
  if (role === null && tagged !== null && words.length >= 2) role = workplaceAfter(after);
  // "“…?” Schiff asked.", "“…,” Yohannes said.": a lone name the lists know, between a quotation and
  // its speech verb, is its speaker (a company there, "Amtrak said", is in no list of names, and the
  // tagger's reading alone is too weak a proof: it took "Amtrak" for a person).
  const quotedSpeaker = words.length === 1 && names !== null && /[”"’]\s*$/u.test(textBefore)
    && (SAID_AFTER_QUOTE.test(after) || /^\s+told\b/u.test(after)) && !names.place.has(words[0]!.toLowerCase()) && !names.common.has(words[0]!.toLowerCase())
    && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && (names.surname.has(words[0]!.toLowerCase()) || names.given.has(words[0]!.toLowerCase()));
  // "J.C. Chandor", "J.J. Abrams": initials and a surname are a person's name's shape.
  const initialed = opensWithInitials(words) && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!);
  // "Xi Jinping", "Tsai Ing-wen": an East Asian name's shape, which the tagger and the lists rarely know.
  const surnameFirst = names !== null && isSurnameFirstName(words, names);
  // "Rihanna", "Barack Obama": a well-known person's name (not one that is also a word, "Pink", or a place).
  const lower = words.join(' ').toLowerCase();
  const famous = !!names?.famous.has(lower) && !(words.length === 1 && (names.common.has(lower) || names.place.has(lower) || ROLE_HEADS.has(words[0]!)));
  const strong = famous || quotedSpeaker || initialed || surnameFirst ||
    role !== null || honorific || around.person || governs || (tagged !== null && (words.length >= 2 || tagged.margin >= SURE_MARGIN)) ||
    (words.length >= 2 && (speaks || saidBefore || /^,\s+(?:who|whose)\b/u.test(after)));
  if (words.length === 1 && !strong && !tagged) return null;
  // A name ends in a surname, not in an everyday word ("Apple Pay", "Tequila Works", "Big Machine"):
  // with nothing but the tagger to vouch for it, such a run is a product or a company.
  const last = words[words.length - 1]!.toLowerCase();
  // Nor in a place ("Sierra Nevada", "Real Madrid"), unless a title says it is a person.
  // A place that is also a surname ("Morales") ends a name the tagger read as a person's.
  const everyday = names !== null && (names.common.has(last) || (names.place.has(last) && !names.given.has(last) && !(tagged && names.surname.has(last))));
  // "Brian M. Good": a given name, a middle initial and a capitalized word are a person's name's shape.
  const middleInitial = words.length === 3 && INITIALS.test(words[1]!) && !!names?.given.has(words[0]!.toLowerCase());
  if (everyday && !titled && !given && !middleInitial) return null;
  // "Rogue One", "Air Force One": no surname is a number.
  if (words.length >= 2 && NUMBER_WORD.test(words[words.length - 1]!)) return null;
  // "Walter Reed hospital" names a hospital; "Scooter Braun's company" is a person's company.
  const institution = INSTITUTION_AFTER.test(after) && !possessive;
  // A speech verb after a name that closes an apposition ("X, analyst at Y, says") is X's, not Y's.
  const inApposition = /,[^,.;:“”"]*$/u.test(text.slice(Math.max(0, nameStart - 80), nameStart));
  const shown = titled || quotedSpeaker || role !== null || governs || saidBefore || (speaks && !inApposition) || /^,?\s+(?:who|whose)\b/u.test(after);
  const unlike = unlikePerson(text, nameStart, name[name.length - 1]!.end, entities);
  const firm = /^\s*&/u.test(after) || /&\s*$/u.test(text.slice(Math.max(0, nameStart - 4), nameStart));
  // "Sens. Cory Booker and Kamala Harris": a title in the plural is each one's, in the singular.
  const pluralTitle = role !== null ? PLURAL_TITLES.get(role) : undefined;
  if (pluralTitle) role = pluralTitle;
  const sharedRole = (lastHead < 0 && !!around.shared) || pluralTitle !== undefined;
  // Of a given name and two surnames, the first surname is the one used alone ("Salinas").
  const alsoForm = names && doubleSurname(words, names) ? words[1] : undefined;
  return { name, role, strong, titled, entitled: lastHead >= 0 || honorific, institution, courtesy: honorific, vouched: shown, unlike, firm, sharedRole, alsoForm, surnameFirst };
}
