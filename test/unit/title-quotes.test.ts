// Quotations in a headline, one rule per row: the body's speaker for words the body quotes, the
// "Name: “…”" form, and no one otherwise.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/model/builder/find-mentions';
import { findQuotes } from '../../src/model/builder/find-quotes';
import { findTitleQuotes } from '../../src/model/builder/title-quotes';

const forms = new Map([
  ['ann-lee', ['Ann Lee', 'Lee']],
  ['bo-ray', ['Bo Ray', 'Ray']],
]);
const input = (id: string, text: string) => ({ id, text, mentions: findMentions(text, forms) });
const titleQuotes = (title: string, ...paragraphs: string[]): [string, string | null][] =>
  findTitleQuotes(input('title', title), findQuotes(paragraphs.map((t, i) => input(`p${i}`, t)))).map((q) => [q.text, q.speaker]);

describe('findTitleQuotes', () => {
  it.each([
    ['words the body quotes take its speaker', ['‘We had some issues,’ exec says', '“We had some issues,” Lee said on Tuesday.'], [['We had some issues', 'ann-lee']]],
    ['a shortened quotation, in title case', ['Ray On Being ‘Pulled Into The Fight’', 'Ray said the firm was “pulled into the fight over prices” last year.'], [['Pulled Into The Fight', 'bo-ray']]],
    ['"Name: “Q”" with no such words in the body', ['Ann Lee: “We needed to win this game”', 'Lee spoke after the match.'], [['We needed to win this game', 'ann-lee']]],
    ['a title the body quotes as no one’s', ['Lee leaves ‘The Night Show’', 'Lee hosted “The Night Show” for years.'], [['The Night Show', null]]],
    ['words no one in the body says, and no colon', ['Town says ‘enough’ to plan', 'Lee spoke.'], [['enough', null]]],
    ['a headline that opens with a person and a verb of saying', ['Lee admits city rules are her ‘biggest frustration’', 'Lee spoke.'], [['biggest frustration', 'ann-lee']]],
    ['a quotation the person named after it speaks', ["'I found the texts' Ann Lee speaks out on her ex", 'Lee spoke.'], [['I found the texts', 'ann-lee']]],
    ['but not a person named after it as the object', ["'Shameful' verdict for Ann Lee", 'Lee spoke.'], [['Shameful', null]]],
    ['but not with a verb that a company uses', ['Lee reports ‘record year’ for firm', 'Lee spoke.'], [['record year', null]]],
  ])('%s', (_, [title, ...paragraphs], expected) => {
    expect(titleQuotes(title!, ...paragraphs)).toEqual(expected);
  });
});
