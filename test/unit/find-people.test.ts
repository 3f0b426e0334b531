// The person finder on made-up sentences: general rules, no article's names.
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/model/builder/find-people';

const people = (...paragraphs: string[]): Record<string, string | null> =>
  Object.fromEntries(findPeople(paragraphs).map((p) => [p.fullName, p.role]));

describe('findPeople', () => {
  it.each([
    ['a role before the name', 'German Finance Minister Anna Keller spoke on Monday.', { 'Anna Keller': 'German Finance Minister' }],
    ['a possessive country in the role', 'France’s Foreign Minister Paul Girard met them.', { 'Paul Girard': 'France’s Foreign Minister' }],
    ['an acronym country in the role', 'UK Trade Envoy Ruth Amos arrived.', { 'Ruth Amos': 'UK Trade Envoy' }],
    ['a reporting verb after the name', 'Later, Maria Olsen said the plan was dead.', { 'Maria Olsen': null }],
    ['a "who" clause after the name', 'The deal was brokered by Tom Reyes, who chairs the board.', { 'Tom Reyes': null }],
    ['a courtesy title', 'Mr. Dale arrived late.', { Dale: null }],
    ['the longest role wins across mentions', 'President Ana Ruiz spoke. Chilean President Ana Ruiz left.', { 'Ana Ruiz': 'Chilean President' }],
  ])('finds a person by %s', (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a city with a saint', 'Talks were held in Saint Petersburg on Friday.'],
    ['an organization', 'The European Union said it would respond.'],
    ['a newspaper named alone', 'She spoke to the Kommersant newspaper.'],
    ['a single capitalized word with no title', 'Ukraine and Russia met in Geneva.'],
    ['a nationality with a role but no name', 'The Russian President was absent.'],
    ['a lake', 'Lake Victoria rose again this year.'],
    ['a bank', 'Analysts at Morgan Stanley said prices would rise.'],
    ['a sentence-initial function word', 'Despite Talks the war went on.'],
  ])('finds no person in %s', (_, text) => {
    expect(people(text)).toEqual({});
  });

  it('joins a surname-only mention to the full name and collects name forms', () => {
    const [p] = findPeople(['Senator Joan Park spoke. Later Senator Park said no.', 'Park left.']);
    expect(p!.fullName).toBe('Joan Park');
    expect(p!.surname).toBe('Park');
    expect([...p!.forms].sort()).toEqual(['Joan Park', 'Park', 'Senator Park']);
  });

  it('keeps name particles in the surname', () => {
    const [p] = findPeople(['Dutch Prime Minister Jan van der Berg said yes.']);
    expect(p).toMatchObject({ fullName: 'Jan van der Berg', surname: 'van der Berg', role: 'Dutch Prime Minister' });
  });

  it('drops a weak two-word run whose surname no proven person shares', () => {
    expect(people('Rosa Linde walked. Mayor Tim Cole said hi.')).toEqual({ 'Tim Cole': 'Mayor' });
  });
});
