// Quote attribution on made-up paragraphs, one rule per row.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/model/builder/find-mentions';
import { findQuotes } from '../../src/model/builder/find-quotes';

const forms = new Map([
  ['ann-lee', ['Ann Lee', 'Lee']],
  ['bo-ray', ['Bo Ray', 'Ray']],
]);
const quotes = (...paragraphs: string[]): [string, string | null][] =>
  findQuotes(paragraphs.map((text, i) => ({ id: `p${i}`, text, mentions: findMentions(text, forms) })))
    .map((q) => [q.text, q.speaker]);

describe('findQuotes', () => {
  it.each([
    ['“Q,” said X', ['“We will win,” said Lee.'], [['We will win', 'ann-lee']]],
    ['“Q,” X said', ['“We will win,” Lee said.'], [['We will win', 'ann-lee']]],
    ['X said: “Q”', ['Ray said: “It is over.”'], [['It is over', 'bo-ray']]],
    ['the subject of the reporting verb, not the nearer name', ['Lee has revealed that Ray is ready for a “lasting deal” now.'], [['lasting deal', 'ann-lee']]],
    ['a verb after a who-clause', ['Ray, who was present, called the plan a “failure” on Monday.'], [['failure', 'bo-ray']]],
    ['a participial opening clause', ['Speaking after his “useful” talks with Lee, Ray said more.'], [['useful', 'bo-ray']]],
    ['a pronoun: the previous sentence’s subject', ['Ray spoke first. Lee listened. He claimed that “all is well.”'], [['all is well', 'ann-lee']]],
    ['a pronoun after the quote', ['Lee was there.', '“It went fine,” she added.'], [['It went fine', 'ann-lee']]],
    ['straight quotes', ['Lee warned that "prices will rise."'], [['prices will rise', 'ann-lee']]],
    ['a second quote in the same sentence continues the first', ['“We won,” Lee said, smiling, “and we will again.”'], [['We won', 'ann-lee'], ['and we will again', 'ann-lee']]],
    ['a quote-only sentence continues the previous quote', ['“We won,” Lee said. “Nobody doubted it.”'], [['We won', 'ann-lee'], ['Nobody doubted it', 'ann-lee']]],
    ['a quote running over two paragraphs', ['Ray said: “It was long. It was hard.', '“But we finished.”'], [['It was long. It was hard', 'bo-ray'], ['But we finished', 'bo-ray']]],
    ['“Q,” said X with a title', ['“It works,” said Dr. Ray, who built it.'], [['It works', 'bo-ray']]],
    ['a common-noun subject is nobody', ['Lee noted that a colleague had called it “a storm”.'], [['a storm', null]]],
    ['a scare quote belongs to no one', ['The so-called “reform” failed.'], [['reform', null]]],
    ['a quote with no reporting verb before it', ['Lee read “War and Peace” twice.'], [['War and Peace', null]]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotes(...paragraphs)).toEqual(expected);
  });

  it('records the quoted words’ offsets without marks or trailing punctuation', () => {
    const text = 'Lee said it was “not easy.”';
    const [q] = findQuotes([{ id: 'p0', text, mentions: findMentions(text, forms) }]);
    expect(text.slice(q!.start, q!.end)).toBe('not easy');
    expect(q!.block).toBe('p0');
  });
});
