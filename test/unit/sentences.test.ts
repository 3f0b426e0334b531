import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/model/builder/sentences';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['plain sentences', 'One here. Two there! Three?', ['One here.', 'Two there!', 'Three?']],
    ['a title abbreviation', 'Dr. Ann Lee spoke. She left.', ['Dr. Ann Lee spoke.', 'She left.']],
    ['initials', 'J. K. Smith wrote it. Then more.', ['J. K. Smith wrote it.', 'Then more.']],
    ['a dotted acronym', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['a period inside closing quotes', 'He said it was “not easy.” Then he left.', ['He said it was “not easy.”', 'Then he left.']],
    ['no split before lowercase', 'It cost 3.5 million. and more', ['It cost 3.5 million. and more']],
  ])('%s', (_, text, sentences) => {
    expect(split(text)).toEqual(sentences);
  });
});
