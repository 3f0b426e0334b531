import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/model/builder/find-mentions';

const forms = new Map([
  ['ann-lee', ['Ann Lee', 'President Lee', 'Lee']],
  ['bo-ray', ['Bo Ray', 'Ray']],
  ['kim-doctor', ['Kim Doctor', 'Doctor']],
]);
const texts = (t: string): string[] => findMentions(t, forms).map((m) => `${m.actor}:${t.slice(m.start, m.end)}`);

describe('findMentions', () => {
  it.each([
    ['the full name over the surname', 'Ann Lee spoke.', ['ann-lee:Ann Lee']],
    ['a possessive', 'Lee’s view.', ['ann-lee:Lee']],
    ['both parts of a hyphenated pair', 'the Lee-Ray meeting', ['ann-lee:Lee', 'bo-ray:Ray']],
    ['the name alone after a title', 'President Lee left.', ['ann-lee:Lee']],
    ['not inside a longer word', 'Leeds and Rayburn and Raymond', []],
    ['a surname that is also a title word', 'analyst Kim Doctor said so, and Doctor left.', ['kim-doctor:Kim Doctor', 'kim-doctor:Doctor']],
    ['several in one text', 'Ray met Lee; Lee met Ray.', ['bo-ray:Ray', 'ann-lee:Lee', 'ann-lee:Lee', 'bo-ray:Ray']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
