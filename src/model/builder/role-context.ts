import { isRoleNoun, KIN_NOUNS, PARTY_MEMBERS, ROLE_DETERMINERS, ROLE_HEADS, SPEECH_VERBS } from './lexicon';

/** What the words around a name say of it: whether they show a person, and the role they give. */
export interface RoleContext {
  person: boolean;
  role: string | null;
  /** A plural role ("founding members X, Y and Z"): said of every name in the list it opens. */
  shared?: boolean;
}

// Role words are matched by shape and then looked up (isRoleNoun: "co-author", "vice-premier" too).
const KIN = [...KIN_NOUNS].join('|');
// Whole words that start lowercase ("co-CEO" too): "club’s manager" must not yield "s manager".
const W = '(?<![\\p{L}’\'])\\p{Ll}[\\p{L}-]*';
// "opposition leader Jane Doe" / "captain Jane Doe"
const BEFORE = new RegExp(`(?:^|[\\s(])((?:${W}\\s)?(${W}))\\s$`, 'u');
// "China’s ambassador to Britain Jane Doe", "Secretary of State Jane Doe": a role of a place or a body
// (capitalized, up to three words), right before the name.
const BEFORE_OF = new RegExp(`(?:^|[\\s(])((?:(?:${W}\\s)?(${W})|(\\p{Lu}[\\p{L}.-]*))\\s+(?:to|of|for|at)\\s+(?:the\\s+)?(?:(?!(?:The|A|An)\\s)\\p{Lu}[\\p{L}.’'-]*\\s+){1,3})$`, 'u');
// "The club's manager, Jane Doe," / "the chairman of the board, Jane Doe," / "his daughter, Jane Doe,"
// The body may be named ("The leader of Ennahda, X,"), in up to four capitalized words.
const BEFORE_COMMA = new RegExp(`(?:^|\\s)((?:${W}\\s)?(${W})(?:\\s+of\\s+(?:the\\s+)?(?:\\p{Ll}+(?:\\s+\\p{Ll}+){0,3}|\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}))?),\\s$`, 'u');
// "Jane Doe, chief executive of X," / "Jane Doe, the structural engineer who designed …,"
// A clause of place, time or reason ("X, where he is known as …"), a prepositional phrase ("Project
// X, with 140 pilot whales beaching") or a participle's clause ("X, playing the theorist Y,") says
// nothing of who X is, and a verb after the comma closes a clause that X ended ("…, Real Madrid and
// Inter Milan, has turned down").
// It may open with a capital: an owner ("X, China’s ambassador to Britain,") or a title ("X, CEO of Y,");
// the full stops of an abbreviation ("the U.S. Attorney") do not end it.
const AFTER = /^,\s+(?!(?:where|when|which|while|whereas|as|after|before|because|if|and|but|or|nor|whether|since|though|although|has|have|had|is|was|are|were|will|would|can|could|may|might|must|did|does|do|with|without|in|on|at|by|for|from|to|into|amid|despite|during|including|according|like|not|even|only|just|then|now|too)\b|\p{Ll}+ing\s+(?:the|a|an|his|her|their|its)\b)([\p{L}\p{N}](?:[^,.;:()“”"]|(?<=(?:^|[\s.])\p{L})\.){1,160}?)(?=,|;|$|(?<!(?:^|[\s.])\p{L})\.)/u;
// Small words that end a role phrase read backwards: "header by captain" → "captain".
// Function words only: "a race against singer X" and "what host X described" give "singer" and "host".
const LINK = /^(?:by|of|at|with|in|on|for|from|to|and|or|as|under|after|before|against|between|among|versus|vs|over|about|into|onto|upon|through|via|like|than|including|alongside|beside|despite|without|during|toward|towards|what|which|whom|that|whose|when|where|while|if|but|so|then)$/u;
// "X, who represents Y,", "X, who heads the agency,": a relative clause that says what X does.
const ROLE_CLAUSE = /^who\s+(?:represents|represented|heads|headed|leads|led|runs|ran|directs|directed|owns|owned|coaches|coached|founded|co-founded|oversees|oversaw|teaches|taught|chairs|chaired|works\s+(?:for|at)|worked\s+(?:for|at)|serves\s+as|served\s+as)\b/u;
// "…,” says X, MD. She’s the director of …": the speaker's role in the next sentence.
const SAYS_BEFORE = /(?:^|[,”"’]\s*)(?:says|said)\s+$/u;
const NEXT_SENTENCE = /^[^.!?]{0,40}[.!?]["”’]?\s+(?:She|He)(?:[’']s|\s+is|\s+was)\s+((?:a|an|the)\s+[^.;:()“”"]{3,120}?)(?=[.;:]|,\s+(?:and|but|which|who|where)\b|$)/u;
const KIN_END = new RegExp(`(?:${KIN})$`, 'u');
// "X, a Kentucky Republican,": a party's member (PARTY_MEMBERS) is a person, and that is who X is.
const PARTY_APPOSITION = /^(?:a|an)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}(\p{Lu}\p{Ll}+)(?:\s+(?:from|of)\s+\p{Lu}[\p{L}.-]*)?$/u;
const partyMember = (phrase: string): boolean => PARTY_MEMBERS.has(PARTY_APPOSITION.exec(phrase)?.[1] ?? '');
// Any case ("the U.S. Attorney for …", "CEO of Take-Two"), but not inside a name ("Staples Center").
// A title-case title that takes "of"/"for" is one ("Research and Advocacy Director for the …").
const hasRoleWord = (phrase: string): boolean => [...phrase.matchAll(/(?<![\p{L}-])[\p{L}-]+/gu)]
  .some((m) => isRoleNoun(m[0], true) && (/^\p{Ll}/u.test(m[0]) || !/\p{Lu}\p{Ll}+\s$/u.test(phrase.slice(0, m.index))
    || /^\s+(?:of|for|at)\s/u.test(phrase.slice(m.index! + m[0].length))));

/** Drops leading determiners and possessives, and any relative clause ("… who lost her job"). */
function tidy(role: string): string | null {
  // "who chairs the board" says the role itself; a relative clause after a role noun only adds detail.
  // A missing comma lets the sentence's verb in ("… in Sydney told Reuters"): the role ends before it.
  // So does a dash, a second verb ("owns a firm and headed out for …") or another person ("director of
  // the agency and Alex Azar"), which start what the sentence says next.
  const cut = role.replace(/^(?:who|which)\s+(?:is|was\s+)?/u, '').replace(/\s+(?:who|which|that|whose)\b.*$/u, '')
    .replace(/\s+(?:said|says|told|tells|added|adds)\b.*$/u, '').replace(/\s+(?:—|–|--)(?:\s.*)?$/u, '')
    .replace(/\s+and\s+(?:\p{Ll}+ed|went|has|had)\b.*$/u, '').replace(/\s+and\s+\p{Lu}[\p{L}’'.-]+\s+\p{Lu}[\p{L}’'.-]+$/u, '').trim();
  // Not a role at all: a question, a deed ("has split from …"), or a clause with a person of its own
  // ("philosopher Luis de Miranda weaves a history …").
  if (/\?/u.test(cut) || DEED.test(cut) || NAMED_SUBJECT.test(cut) || NAMES_LISTED.test(cut)) return null;
  const words = cut.split(/\s+/);
  while (words.length > 1 && (ROLE_DETERMINERS.has(words[0]!) || /[’']s$/u.test(words[0]!))) words.shift();
  return words.join(' ');
}

// A capitalized name of two words (a particle between) followed by a verb and its object.
const NAMED_SUBJECT = /\p{Lu}\p{Ll}+\s+(?:(?:de|van|von|der|del|da|di|le|la)\s+)?\p{Lu}\p{Ll}+\s+\p{Ll}+(?:s|ed)\s+(?:a|an|the|his|her|their|its)\s/u;
// "Lakers great Magic Johnson and Lakers assistant coach Jason Kidd": a list of other people.
const NAMES_LISTED = /\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+and\s+(?:(?!(?:at|of|for|in|with|from|the)\s)[\p{L}-]+\s+){0,4}\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;
// "has split from …": a perfect tense, not "had three family members on the plane".
const DEED = /^(?:has|had|have)\s+(?!(?:\d+|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|no|many|several|some)\b)\p{Ll}+/u;

/**
 * "…, said …", "…, Scott told co-host X": a verb of saying after the comma, alone or after a name,
 * opens the sentence's main clause, not an apposition.
 */
function opensSaying(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  const verb = words.findIndex((w) => /^\p{Ll}/u.test(w));
  return verb >= 0 && SPEECH_VERBS.has(words[verb]!);
}

/**
 * Reads the lowercase words around a name in `text` (the name spans [start, end)) for a role: before
 * it ("captain X", "its president, X,") or in an apposition after it ("X, chief executive of Y,").
 */
export function roleAround(text: string, start: number, end: number): RoleContext {
  const before = text.slice(Math.max(0, start - 60), start);
  // "X Jr., the …": the abbreviation's full stop is the name's.
  // "Dan (not his real name), a 19-year-old …": a bracket after the name, then the apposition.
  const after = text.slice(end).replace(/^[’']s\b/u, '').replace(/^\.(?=,)/u, '').replace(/^\s*\([^()]{1,40}\)(?=,)/u, '');
  const comma = BEFORE_COMMA.exec(before);
  if (comma && (isRoleNoun(comma[2]!) || KIN_NOUNS.has(comma[2]!))) {
    const kin = KIN_END.test(comma[1]!);
    return { person: true, role: kin ? null : tidy(comma[1]!) };
  }
  const of = BEFORE_OF.exec(before);
  if (of && (of[2] ? isRoleNoun(of[2]) : ROLE_HEADS.has(of[3]!))) return { person: true, role: tidy(of[1]!.trim()) };
  const direct = BEFORE.exec(before);
  if (direct && isRoleNoun(direct[2]!, true)) {
    const words = direct[1]!.split(/\s+/);
    // (A verb of saying ends it too: "told co-host X" gives "co-host".)
    const role = tidy(words.slice(words.findLastIndex((w) => LINK.test(w) || SPEECH_VERBS.has(w)) + 1).join(' '));
    // "judges X, Y and Z": each is a judge. isRoleNoun took the plural as the noun and an "s" only.
    const plural = !isRoleNoun(direct[2]!);
    // "… and stars X", "the film stars X": a plural after a subject or "and" is a verb, not a role.
    const wordBefore = /(\p{L}+)\s+$/u.exec(before.slice(0, before.length - direct[2]!.length - 1))?.[1];
    if (plural && wordBefore && /^(?:and|also|who|which|that|it|film|movie|series|show|play|production|drama|comedy)$/u.test(wordBefore)) return { person: false, role: null };
    return { person: true, role: plural && role ? role.slice(0, -1) : role, shared: plural };
  }
  // "X, 45, a former …": an age is said only of a person, and the apposition follows it.
  const age = /^,\s+\d{1,3}(?=,)/u.exec(after);
  const appos = AFTER.exec(age ? after.slice(age[0].length) : after);
  // "…, who represents X, said his client …": a reporting verb after the comma is the sentence going on.
  // "according to X, the FBI agents working the case believe …": a plural subject, not X's role.
  const pluralSubject = appos !== null && /^(?:the|these|those|some|many|most|other)\s+(?:\S+\s+){0,2}?(\p{Ll}+s)\b/u.exec(appos[1]!);
  if (appos && !(pluralSubject && !isRoleNoun(pluralSubject[1]!) && isRoleNoun(pluralSubject[1]!, true))
    // "X, endorsed Senator Y": a verb's clause with the sentence's object, not an apposition.
    && !opensSaying(appos[1]!) && !/^(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+\p{Lu}/u.test(appos[1]!) && (hasRoleWord(appos[1]!.replace(/\s+(?:who|which|that|whose)\b.*$/u, '')) || ROLE_CLAUSE.test(appos[1]!) || partyMember(appos[1]!))) {
    return { person: true, role: tidy(appos[1]!) };
  }
  const next = SAYS_BEFORE.test(before) ? NEXT_SENTENCE.exec(text.slice(end)) : null;
  if (next && hasRoleWord(next[1]!)) return { person: true, role: tidy(next[1]!) };
  return { person: age !== null, role: null };
}
