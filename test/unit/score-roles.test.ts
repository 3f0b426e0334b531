// The role figure of eval:real: gold people with a role, found, given one, agreeing.
import { describe, expect, it } from 'vitest';
import { scoreRoles } from '../../src/eval/score-roles';
import type { RealGold } from '../../src/eval/score-real';
import type { ArticleModel } from '../../src/model/types';

const GOLD: RealGold = {
  people: [
    { name: 'Ann Lee', forms: ['Ann Lee', 'Lee'], role: 'senior fellow at the Brookings Institution' },
    { name: 'Bo Ray', forms: ['Bo Ray', 'Ray'], role: 'coach' },
    { name: 'Cy Orr', forms: ['Cy Orr'], role: null },
    { name: 'Di Fox', forms: ['Di Fox'], role: 'mayor' },
  ],
  quotes: [],
};
const model = (actors: [string, string | null][]): ArticleModel =>
  ({ actors: actors.map(([fullName, role]) => ({ id: fullName, fullName, surname: fullName.split(' ').pop()!, aliases: [], role, mentionCount: 1 })) }) as unknown as ArticleModel;

describe('scoreRoles', () => {
  it.each([
    ['a role sharing a content word agrees', [['Ann Lee', 'fellow']], { gold: 1, given: 1, agreeing: 1 }],
    ['a different role is given but does not agree', [['Bo Ray', 'Dr.']], { gold: 1, given: 1, agreeing: 0 }],
    ['no role is not given', [['Bo Ray', null]], { gold: 1, given: 0, agreeing: 0 }],
    ['a person the gold gives no role does not count', [['Cy Orr', 'mayor']], { gold: 0, given: 0, agreeing: 0 }],
    ['found by a name form, a courtesy title aside', [['Mr. Lee', 'fellow']], { gold: 1, given: 1, agreeing: 1 }],
    ['a person not found does not count', [['Ed Poe', 'mayor']], { gold: 0, given: 0, agreeing: 0 }],
    ['a form the gold does not list is not the person', [['Mayor Fox', 'mayor']], { gold: 0, given: 0, agreeing: 0 }],
  ] as const)('%s', (_, actors, expected) => {
    expect(scoreRoles(model(actors as unknown as [string, string | null][]), GOLD)).toEqual(expected);
  });
});
