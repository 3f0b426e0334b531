// Grammar that tells a thing's name from a person's, on made-up sentences: no article's names.
import { describe, expect, it } from 'vitest';
import { brandShaped, unlikePerson } from '../../src/model/builder/kind-cues';
import { isTitleCase } from '../../src/model/builder/capitalized-runs';
import { findPeople } from '../../src/model/builder/find-people';
import type { Entity, EntityType } from '../../src/model/tagger/tag-entities';
import type { Gazetteer } from '../../src/model/tagger/gazetteer';

/** The tagger's reading, written by hand: each [words, type, margin] found in `text`. */
const tagged = (text: string, ...names: (readonly [string, EntityType, number])[]): Entity[] =>
  names.map(([words, type, margin]) => {
    const start = text.indexOf(words);
    return { type, paragraph: 0, start, end: start + words.length, text: words, margin };
  });

const NAMES: Gazetteer = {
  given: new Set(['orla', 'mary', 'tomas', 'ines']),
  surname: new Set(['venn', 'quill', 'hall']),
  place: new Set(['lisbon']),
  common: new Set(['the']),
  female: new Set(['orla', 'mary', 'ines']),
  male: new Set(['tomas']),
  placePhrase: new Set(['costa rica']),
  famous: new Set(),
  companies: new Set(),
};

describe('unlikePerson', () => {
  it.each([
    ['"which" after the name', 'Pell Edison, which runs the grid, raised prices.', 'Pell Edison', [], true],
    ['"who" after the name', 'Orla Venn, who runs the grid, raised prices.', 'Orla Venn', [], false],
    ['"which" after a work’s author', 'He adapted the novel “Dusk,” by Orla Venn, which tells of a flood.', 'Orla Venn', [], false],
    ['an article before the name', 'She drove a Corvo Astra to work.', 'Corvo Astra', [], true],
    ['a word of direction between', 'Snow fell on the northern Corvo Astra.', 'Corvo Astra', [], true],
    ['"the day" before a clause', 'Heads rolled the day Orla Venn died.', 'Orla Venn', [], false],
    ['an adjective said of people', 'He replaced the struggling Orla Venn in goal.', 'Orla Venn', [], false],
    ['"the late" before the name', 'It was the late Orla Venn who said so.', 'Orla Venn', [], false],
    ['a list of sure places around it', 'He coached Lisbon, Vanta Rey and Porto before.', 'Vanta Rey', [['Lisbon', 'LOC', 800], ['Porto', 'LOC', 700]], true],
    ['a list whose neighbour is a person', 'He met Orla Venn, Tomas Quill and Porto officials.', 'Tomas Quill', [['Orla Venn', 'PER', 900]], false],
    ['a list of people with one item read as a place', 'Venn did most of the work, with Quill, Aro Jr., Lisbon and Mary Hall each chipping in.', 'Mary Hall', [['Quill', 'PER', 300], ['Aro Jr.', 'PER', 300], ['Lisbon', 'LOC', 500], ['Mary Hall', 'PER', 700]], false],
    ['a list of clubs with one given name among them', 'He managed FC Porto, Inter Vanta, Chelsea, Real Corvo and Rey United.', 'Real Corvo', [['Chelsea', 'PER', 300], ['Rey United', 'ORG', 700]], true],
    ['a neighbour the tagger half-knows', 'He beat Tomas Quill and Ines Aro of Spain.', 'Tomas Quill', [['Ines Aro of', 'ORG', 20]], false],
    ['a list that a noun for things opens', 'It has games such as Pell Quill, Corvo Astra and more.', 'Corvo Astra', [], true],
    ['a list that a noun for people opens', 'It has players such as Pell Quill, Orla Venn and more.', 'Orla Venn', [], false],
    ['a fronted place, not a list', 'In Lisbon, Orla Venn opened the show.', 'Orla Venn', [['Lisbon', 'LOC', 900]], false],
    ['an apposition with an owner', 'Orla Venn, Lisbon’s mayor, and her aide left.', 'Orla Venn', [['Lisbon', 'LOC', 900]], false],
    ['a place preposition before the name', 'We have a great aura at Corvo Field, but we lost.', 'Corvo Field', [], true],
    ['a preposition before a possessor', 'In Orla Venn’s view, the plan failed.', 'Orla Venn', [], false],
    ['an article before what befell the person', 'Protests after the Orla Venn shooting spread.', 'Orla Venn', [], false],
    ['an article before a thing named after a person', 'He rode the Orla Venn express.', 'Orla Venn', [], true],
    ['an article before a follower of the person', 'I am a Orla Venn fan, and a Tomas Quill supporter too.', 'Orla Venn', [], false],
    ['a place inside the other item\'s place phrase', 'The deaths of Tomas Quill in Lisbon, Porto, and Orla Venn in Faro.', 'Orla Venn', [['Porto', 'LOC', 900]], false],
  ] as const)('%s', (_, text, name, entities, expected) => {
    const start = text.indexOf(name);
    expect(unlikePerson(text, start, start + name.length, tagged(text, ...entities))).toBe(expected);
  });
});

describe('brandShaped and isTitleCase', () => {
  it.each([
    ['SoftBank', true], ['PayPal', true], ['McDonald', false], ['DeSantis', false], ['LeBron', false], ['MaryAnn', false], ['Venn', false],
  ])('brandShaped(%s) is %s', (word, expected) => {
    expect(brandShaped(word, NAMES.given)).toBe(expected);
  });

  it.each([
    ['$150K Pearl Ring of the Year -- STOLEN!!!', true],
    ['Mayor Wins Vote on Harbour Plan', true],
    ['Orla Venn and Tomas Quill met on Tuesday.', false],
    ['Two Words', false],
    ['— Orla Venn (@orlavenn) November 18, 2019', false],
  ])('isTitleCase(%s) is %s', (text, expected) => {
    expect(isTitleCase(text)).toBe(expected);
  });
});

describe('findPeople with the cues', () => {
  const people = (text: string, ...entities: (readonly [string, EntityType, number])[]): string[] =>
    findPeople([text], { entities: tagged(text, ...entities), names: NAMES }).map((p) => p.fullName);

  it.each([
    ['a company the tagger calls a person, with "which"', 'Pell Edison, which runs the grid, raised prices. Pell Edison shut two plants.', [['Pell Edison', 'PER', 500]], []],
    ['the same, when a speech verb vouches for a person elsewhere', 'Orla Venn, which is odd, arrived. Orla Venn said no.', [['Orla Venn', 'PER', 500]], ['Orla Venn']],
    ['a name the tagger split in two', 'Party spokesman Orla Venn said so.', [['Orla', 'PER', 800], ['Venn', 'PER', 300]], ['Orla Venn']],
    ['a role before a given name, with a title word for surname', 'says industry analyst Orla Doctor. Doctor left.', [['Orla', 'PER', 1600]], ['Orla Doctor']],
    ['"the X administration" over a doubtful tagger', 'Critics pilloried the Quill administration for it.', [['Quill', 'ORG', 200]], ['Quill']],
    ['a workplace after a role, with the subject\'s speech verb', 'Orla Venn, equity strategist at Pell Quill, says so.', [['Orla Venn', 'PER', 900], ['Pell Quill', 'PER', 500]], ['Orla Venn']],
    ['an institution word alone after a role word', 'The Justice Department said no.', [['Department', 'PER', 80]], []],
    ['a surname that is also an institution word', 'Senator Hall said no.', [['Hall', 'PER', 900]], ['Hall']],
    ['a place before the title', 'South Dakota Gov. Orla Venn (R) said no.', [['South Dakota Gov. Orla Venn', 'ORG', 147]], ['Orla Venn']],
    ['a brand-shaped word', 'The deal with SoftWorks went ahead.', [['SoftWorks', 'PER', 900]], []],
    ['a name joined to a person in a list, the tagger silent on it', 'Ines Quill and Orla Venn will play.', [['Orla Venn', 'PER', 900]], ['Ines Quill', 'Orla Venn']],
    ['a name joined to a person, the tagger unsure it is a club', 'They beat Orla Venn and Ines Quill of Spain.', [['Orla Venn', 'PER', 900], ['Ines Quill of', 'ORG', 20]], ['Orla Venn', 'Ines Quill']],
    ['a name joined to a club the tagger is sure of: neither is a person', 'They beat Orla Venn and Ines Quill of Spain.', [['Orla Venn', 'PER', 900], ['Ines Quill of', 'ORG', 900]], []],
    ['an ampersand joins the names of a firm, even where it speaks', 'Venn & Quill said it would appeal. Venn & Quill lost.', [['Venn', 'PER', 900], ['Quill', 'PER', 900]], []],
    ['a generational suffix alone is no name', 'They marched on Orla Venn Jr. Day.', [['Jr.', 'PER', 300]], []],
    ['a photo credit', 'The harbour at dawn. Orla Venn/Reuters', [['Orla Venn', 'PER', 900]], []],
    ['a photo credit in brackets', 'The harbour at dawn. (Orla Venn / AP)', [['Orla Venn', 'PER', 900]], []],
    ['a name before a slash between words is still a name', 'Orla Venn said the and/or rule stands.', [['Orla Venn', 'PER', 900]], ['Orla Venn']],
    ['a name the tagger doubts, alone, the lists knowing no surname of it', 'They beat Ines Qorvath of Spain.', [['Ines Qorvath of', 'ORG', 20]], []],
    ['a name the tagger doubts, a given name and a surname the lists know', 'They beat Ines Quill of Spain.', [['Ines Quill of', 'ORG', 20]], ['Ines Quill']],
  ] as const)('%s', (_, text, entities, expected) => {
    expect(people(text, ...entities)).toEqual(expected);
  });

  it('lets the tagger\'s sure readings of one name outvote an apposition', () => {
    const texts = ['Pell, a giant producer, grew.', 'Pell sold more.', 'Pell hired staff.'];
    const entities = texts.map((t, i) => ({ ...tagged(t, ['Pell', i === 0 ? 'PER' : 'ORG', i === 0 ? 900 : 700])[0]!, paragraph: i }));
    expect(findPeople(texts, { entities, names: NAMES })).toEqual([]);
    const once = findPeople(texts, { entities: entities.map((e) => ({ ...e, type: 'PER' as const })), names: NAMES });
    expect(once.map((p) => p.fullName)).toEqual(['Pell']);
  });

  it('takes no new person from a title-case line, but lets it name one the body shows', () => {
    const found = findPeople(['Orla Venn Wins the Ring of the Year', 'Orla Venn said she was glad.'], { entities: [], names: NAMES });
    expect(found.map((p) => p.fullName)).toEqual(['Orla Venn']);
    expect(findPeople(['Corvo Astra Wins Ring of the Year'], { entities: tagged('Corvo Astra Wins Ring of the Year', ['Corvo Astra', 'PER', 900]), names: NAMES })).toEqual([]);
  });
});
