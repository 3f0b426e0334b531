// Which lines of an article are a panel's speakers and their roles: one row per shape.
import { describe, expect, it } from 'vitest';
import { panelLines } from '../../src/model/builder/panel-lines';

const GIVEN = new Set(['Ann', 'Bo', 'Jon']);
const body = 'The harbour will need a new sea wall within ten years, and the council has not yet found the money for it.';

describe('panelLines', () => {
  it.each([
    ['two names, each with a role line', ['Intro text here.', 'Ann Lee', 'Chief economist, Harbour Bank – Oslo', body, 'Bo Ray', 'Professor of economics, Lund University', body], [[1, 2], [4, 5]]],
    ['two names without role lines', ['Ann Lee', body, 'Bo Ray', body], [[0, null], [2, null]]],
    ['one name set apart: a byline, no panel', ['Ann Lee', body, body], []],
    ['the same name twice: no panel', ['Ann Lee', body, 'Ann Lee', body], []],
    ['names listed one after another: no sections of their own', ['Ann Lee', 'Bo Ray', 'Jon Stone', body], []],
    ['subheads in title case are no names', ['Nevada Sluggish', body, 'Spotty Recovery', body], []],
    ['names with their roles after a comma, on one line', ['Intro text here.', 'Ann Lee, CEO of Acme on Harbour TV', body, 'Bo Ray, Chairman of Quay Bank via a letter', body], [[1, null], [3, null]]],
    ['one name with its role on one line: no panel', ['Ann Lee, CEO of Acme', body, body], []],
    ['a short sentence after a name is no role line', ['Ann Lee', 'Prices fell, again.', body, 'Bo Ray', body], [[0, null], [3, null]]],
  ])('%s', (_, texts, expected) => {
    expect([...panelLines(texts, (w) => GIVEN.has(w)).entries()]).toEqual(expected);
  });
});
