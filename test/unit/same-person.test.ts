// Who is the same person across articles: names first, then roles, then shared company.
import { describe, expect, it } from 'vitest';
import { assignPeople, namesCompatible, rolesAgree, type Candidate } from '../../src/memory/same-person';
import type { PersonInput } from '../../src/memory/types';

describe('namesCompatible', () => {
  it.each([
    ['Donald Trump', 'Trump', true],
    ['Donald Trump', 'Donald Trump', true],
    ['Donald J. Trump', 'Donald Trump', true],
    ['D. Trump', 'Donald Trump', true],
    ['Melania Trump', 'Donald Trump', false],
    ['Jan van der Berg', 'van der Berg', true],
    ['Ana García-Márquez', 'Ana Garcia-Marquez', true],
    ['Tomas Berg', 'Tomas Bergen', false],
    ['', 'Trump', false],
  ])('%s / %s → %s', (a, b, same) => {
    expect(namesCompatible(a, b)).toBe(same);
    expect(namesCompatible(b, a)).toBe(same);
  });
});

describe('rolesAgree', () => {
  it.each([
    ['President', ['President-elect'], 'agree'],
    ['US Special Envoy', ['Special Envoy'], 'agree'],
    ['chef', ['Senator'], 'disagree'],
    [null, ['Senator'], 'unknown'],
    ['Senator', [], 'unknown'],
    ['Minister of the Interior', ['Deputy Minister'], 'agree'],
  ] as const)('%s against %j → %s', (role, seen, verdict) => {
    expect(rolesAgree(role, seen)).toBe(verdict);
  });
});

const person = (id: string, name: string, role: string | null = null): PersonInput => ({ id, name, role, quotes: [] });
const known = (key: string, name: string, roles: string[], articles: string[], count = articles.length, lastSeen = 1): Candidate =>
  ({ key, name, roles, articles, count, lastSeen });

describe('assignPeople', () => {
  const trump = known('donald-trump', 'Donald Trump', ['President'], ['a1']);
  const smithChef = known('john-smith', 'John Smith', ['chef'], ['food']);
  const olsen = known('maria-olsen', 'Maria Olsen', ['Special Envoy'], ['a1']);
  const berg = known('tomas-berg', 'Tomas Berg', ['Foreign Minister'], ['a1']);
  it.each<[string, PersonInput[], Record<string, Candidate[]>, Record<string, string | null>]>([
    ['a surname alone is the remembered full name', [person('trump', 'Trump')], { trump: [trump] }, { trump: 'donald-trump' }],
    ['the full name again, with no role', [person('t', 'Donald Trump')], { t: [trump] }, { t: 'donald-trump' }],
    ['a namesake whose role disagrees stays apart', [person('js', 'John Smith', 'Senator')], { js: [smithChef] }, { js: null }],
    ['the same name and role', [person('js', 'John Smith', 'head chef')], { js: [smithChef] }, { js: 'john-smith' }],
    ['another first name is another person', [person('m', 'Melania Trump')], { m: [trump] }, { m: null }],
    ['a new role, among people met together before, is the same person',
      [person('o', 'Maria Olsen', 'Trade Commissioner'), person('b', 'Tomas Berg', 'Foreign Minister')],
      { o: [olsen], b: [berg] }, { o: 'maria-olsen', b: 'tomas-berg' }],
    ['a new role with no one else in common is another person', [person('o', 'Maria Olsen', 'Trade Commissioner')], { o: [olsen] }, { o: null }],
    ['two people of one article never become one', [person('a', 'Donald Trump'), person('b', 'Trump')], { a: [trump], b: [trump] },
      { a: 'donald-trump', b: null }],
    ['of two namesakes, the one whose role agrees', [person('js', 'John Smith', 'Senator')],
      { js: [smithChef, known('john-smith-2', 'John Smith', ['Senator'], ['x'])] }, { js: 'john-smith-2' }],
    ['nobody remembered', [person('x', 'Ann Lee')], {}, { x: null }],
  ])('%s', (_, people, candidates, expected) => {
    expect(Object.fromEntries(assignPeople(people, new Map(Object.entries(candidates))))).toEqual(expected);
  });
});
