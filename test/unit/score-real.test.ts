// Scoring a reading of a real article by the rules of ../shared/realgold/README.md.
import { describe, expect, it } from 'vitest';
import {
  addRealTallies, nameKey, readingOfModel, realFigures, sameOpening, scoreReading,
  type Reading, type RealGold,
} from '../../src/eval/score-real';
import type { ArticleModel } from '../../src/model/types';

const GOLD: RealGold = {
  people: [
    { name: 'Donald Trump', forms: ['Donald Trump', 'Trump', 'Donald J. Trump'], role: 'President' },
    { name: 'Ilhan Omar', forms: ['Ilhan Omar', 'Omar'], role: 'Representative' },
    { name: 'Sarah Gille', forms: ['Sarah Gille', 'Gille'], role: null },
    { name: 'John Gille', forms: ['John Gille'], role: null },
  ],
  quotes: [
    { text: 'We will build the wall', speaker: 'Donald Trump' },
    { text: 'terrorist', speaker: null },
    { text: 'I am not afraid of', speaker: 'Ilhan Omar' },
    { text: 'We', speaker: null },
    { text: 'We are going to eliminate', speaker: 'Sarah Gille' },
  ],
};

describe('nameKey', () => {
  it.each([
    ['Mr. Trump', 'trump'],
    ['Mr Trump', 'trump'],
    ['Trump’s', 'trump'],
    ["Trump's", 'trump'],
    ['DONALD J. TRUMP', 'donald j trump'],
    ['Dr. Mrs. Omar', 'omar'],
    ["Lupita Nyong'o", 'lupita nyongo'],
    ['Lupita Nyong’o’s', 'lupita nyongo'],
    ['Mr.', 'mr'],
    ['Vladi\u00admir Pu\u200btin', 'vladimir putin'],
  ])('%s → %s', (form, key) => expect(nameKey(form)).toBe(key));
});

describe('sameOpening', () => {
  it.each([
    ['We will build the wall', 'We will build the wall, and Mexico will pay', true],
    ['“We will build the wall,”', 'we will build the wall', true],
    ['I’ll put a bullet', "I'll put a bullet in her skull", true],
    ['We', 'We are going', true],
    ['We are going', 'Weather is', false],
    ['We will build', 'We will not build', false],
    ['', 'anything', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(sameOpening(a, b)).toBe(same));
});

describe('scoreReading: people', () => {
  it.each<{ case: string; people: Reading['people']; matched: number; missed: string[]; falsePeople: string[][]; splits: string[] }>([
    { case: 'exact forms', people: [{ id: 'a', forms: ['Donald Trump', 'Trump'] }, { id: 'b', forms: ['Ilhan Omar'] }],
      matched: 2, missed: ['Sarah Gille', 'John Gille'], falsePeople: [], splits: [] },
    { case: 'title stripped and case ignored', people: [{ id: 'a', forms: ['Mr. Trump'] }, { id: 'b', forms: ['REP. OMAR'] }],
      matched: 2, missed: ['Sarah Gille', 'John Gille'], falsePeople: [], splits: [] },
    { case: 'possessive', people: [{ id: 'a', forms: ['Trump’s'] }],
      matched: 1, missed: ['Ilhan Omar', 'Sarah Gille', 'John Gille'], falsePeople: [], splits: [] },
    { case: 'split person: the second found counts as wrong', people: [{ id: 'a', forms: ['Donald Trump', 'Trump'] }, { id: 'b', forms: ['Mr. Trump'] }],
      matched: 1, missed: ['Ilhan Omar', 'Sarah Gille', 'John Gille'], falsePeople: [], splits: ['Donald Trump'] },
    { case: 'the one sharing most forms is the match, whatever the order', people: [{ id: 'b', forms: ['Trump'] }, { id: 'a', forms: ['Donald Trump', 'Trump', 'Donald J. Trump'] }],
      matched: 1, missed: ['Ilhan Omar', 'Sarah Gille', 'John Gille'], falsePeople: [], splits: ['Donald Trump'] },
    { case: 'false people and a name that swallowed a word', people: [{ id: 'a', forms: ['White House'] }, { id: 'b', forms: ['State Donald Trump'] }],
      matched: 0, missed: ['Donald Trump', 'Ilhan Omar', 'Sarah Gille', 'John Gille'], falsePeople: [['White House'], ['State Donald Trump']], splits: [] },
    { case: 'two people with one surname stay two', people: [{ id: 's', forms: ['Sarah Gille', 'Gille'] }, { id: 'j', forms: ['John Gille'] }],
      matched: 2, missed: ['Donald Trump', 'Ilhan Omar'], falsePeople: [], splits: [] },
    { case: 'nobody found', people: [],
      matched: 0, missed: ['Donald Trump', 'Ilhan Omar', 'Sarah Gille', 'John Gille'], falsePeople: [], splits: [] },
  ])('$case', ({ people, matched, missed, falsePeople, splits }) => {
    const { tally, misses } = scoreReading({ people, quotes: [] }, GOLD);
    expect(tally.people).toEqual({ predicted: people.length, gold: 4, matched });
    expect(misses.missedPeople).toEqual(missed);
    expect(misses.falsePeople).toEqual(falsePeople);
    expect(misses.splitPeople.map((s) => s.gold)).toEqual(splits);
  });
});

describe('scoreReading: quotes', () => {
  const people: Reading['people'] = [
    { id: 't', forms: ['Donald Trump', 'Trump'] },
    { id: 't2', forms: ['Mr. Trump'] }, // a split of Trump
    { id: 'o', forms: ['Ilhan Omar'] },
    { id: 's', forms: ['Sarah Gille'] },
    { id: 'x', forms: ['White House'] },
  ];
  it.each<{ case: string; quotes: Reading['quotes']; predicted: number; correct: number; wrong: { text: string; gold: string | null | undefined; given: string | null }[] }>([
    { case: 'right speakers, truncated either way', quotes: [
      { text: '“We will build the wall, and Mexico will pay for it', speaker: 't' },
      { text: 'I am not', speaker: 'o' },
      { text: 'We are going to eliminate and scale back', speaker: 's' },
    ], predicted: 3, correct: 3, wrong: [] },
    { case: 'wrong speaker (the target, not the speaker)', quotes: [{ text: 'We will build the wall', speaker: 'o' }],
      predicted: 1, correct: 0, wrong: [
        { text: 'We will build the wall', gold: 'Donald Trump', given: 'Ilhan Omar' },
        { text: 'I am not afraid of', gold: 'Ilhan Omar', given: null },
        { text: 'We are going to eliminate', gold: 'Sarah Gille', given: null },
      ] },
    { case: 'a speaker for a quote of no one', quotes: [{ text: 'terrorist', speaker: 'x' }, { text: 'We will build the wall', speaker: 't' }],
      predicted: 2, correct: 1, wrong: [
        { text: 'terrorist', gold: null, given: 'White House' },
        { text: 'I am not afraid of', gold: 'Ilhan Omar', given: null },
        { text: 'We are going to eliminate', gold: 'Sarah Gille', given: null },
      ] },
    { case: 'a quote that is no gold quote', quotes: [{ text: 'Something else entirely', speaker: 't' }],
      predicted: 1, correct: 0, wrong: [
        { text: 'Something else entirely', gold: undefined, given: 'Donald Trump' },
        { text: 'We will build the wall', gold: 'Donald Trump', given: null },
        { text: 'I am not afraid of', gold: 'Ilhan Omar', given: null },
        { text: 'We are going to eliminate', gold: 'Sarah Gille', given: null },
      ] },
    { case: 'quotes of no one are not counted as marked', quotes: [{ text: 'terrorist', speaker: null }, { text: 'We', speaker: null }],
      predicted: 0, correct: 0, wrong: [
        { text: 'We will build the wall', gold: 'Donald Trump', given: null },
        { text: 'I am not afraid of', gold: 'Ilhan Omar', given: null },
        { text: 'We are going to eliminate', gold: 'Sarah Gille', given: null },
      ] },
    { case: 'a longer quote goes to the gold quote it shares most with, not to "We"', quotes: [{ text: 'We are going to eliminate', speaker: 's' }],
      predicted: 1, correct: 1, wrong: [
        { text: 'We will build the wall', gold: 'Donald Trump', given: null },
        { text: 'I am not afraid of', gold: 'Ilhan Omar', given: null },
      ] },
    { case: 'each gold quote is matched once', quotes: [{ text: 'I am not afraid of', speaker: 'o' }, { text: 'I am not afraid', speaker: 'o' }],
      predicted: 2, correct: 1, wrong: [
        { text: 'I am not afraid', gold: undefined, given: 'Ilhan Omar' },
        { text: 'We will build the wall', gold: 'Donald Trump', given: null },
        { text: 'We are going to eliminate', gold: 'Sarah Gille', given: null },
      ] },
    { case: 'a split person still names its gold person as speaker', quotes: [{ text: 'We will build the wall', speaker: 't2' }],
      predicted: 1, correct: 1, wrong: [
        { text: 'I am not afraid of', gold: 'Ilhan Omar', given: null },
        { text: 'We are going to eliminate', gold: 'Sarah Gille', given: null },
      ] },
  ])('$case', ({ quotes, predicted, correct, wrong }) => {
    const { tally, misses } = scoreReading({ people, quotes }, GOLD);
    expect(tally.quotes).toEqual({ predicted, gold: 3, correct });
    expect(misses.wrongSpeakers).toEqual(wrong);
  });
});

describe('readingOfModel, adding up and figures', () => {
  it('takes full name and aliases as forms, and actor ids as speakers', () => {
    const model = {
      actors: [{ id: 'donald-trump', fullName: 'Donald Trump', surname: 'Trump', aliases: ['Trump', 'President Trump'], role: null, mentionCount: 3 }],
      quotes: [{ id: 'q1', text: 'We will build the wall', speaker: 'donald-trump', block: 'p1', start: 0, end: 5 }],
    } as unknown as ArticleModel;
    const reading = readingOfModel(model);
    expect(reading).toEqual({
      people: [{ id: 'donald-trump', forms: ['Donald Trump', 'Trump', 'President Trump'] }],
      quotes: [{ text: 'We will build the wall', speaker: 'donald-trump' }],
    });
    expect(scoreReading(reading, GOLD).tally).toEqual({ people: { predicted: 1, gold: 4, matched: 1 }, quotes: { predicted: 1, gold: 3, correct: 1 } });
  });

  it('adds tallies and computes precision and recall (1 when nothing to judge)', () => {
    const a = { people: { predicted: 4, gold: 5, matched: 3 }, quotes: { predicted: 0, gold: 0, correct: 0 } };
    const b = { people: { predicted: 1, gold: 5, matched: 1 }, quotes: { predicted: 2, gold: 4, correct: 1 } };
    const sum = addRealTallies(a, b);
    expect(sum).toEqual({ people: { predicted: 5, gold: 10, matched: 4 }, quotes: { predicted: 2, gold: 4, correct: 1 } });
    expect(realFigures(sum)).toEqual({ peoplePrecision: 0.8, peopleRecall: 0.4, quotePrecision: 0.5, quoteRecall: 0.25 });
    expect(realFigures(a).quotePrecision).toBe(1);
  });
});
