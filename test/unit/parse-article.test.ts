import { describe, expect, it } from 'vitest';
import { ArticleInputError, parseArticle } from '../../src/model/builder/parse-article';

const article = (body: string): string => `A Title\nKicker\n\nA Title\n\n${body}`;

describe('parseArticle', () => {
  it('reads title, kicker, headings and paragraphs; the repeated title is not a heading', () => {
    const parsed = parseArticle(article('Heading One\n\nFirst paragraph.\n\nSecond “quoted.”\n\nHeading Two\n\nThird?'));
    expect(parsed.title).toBe('A Title');
    expect(parsed.kicker).toBe('Kicker');
    expect(parsed.blocks).toEqual([
      { kind: 'heading', text: 'Heading One' },
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'paragraph', text: 'Second “quoted.”' },
      { kind: 'heading', text: 'Heading Two' },
      { kind: 'paragraph', text: 'Third?' },
    ]);
  });

  it('accepts CRLF line ends, a BOM, and lines wrapped inside a block', () => {
    const parsed = parseArticle('\ufeffT\r\nK\r\n\r\nT\r\n\r\nOne line\r\nwrapped.\r\n');
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: 'One line wrapped.' }]);
  });

  it('drops invisible characters, so a name hyphenated invisibly still reads as one word', () => {
    const parsed = parseArticle(article('Prime Minister Benja\u00admin Netan\u00adyahu\u200b spoke.'));
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: 'Prime Minister Benjamin Netanyahu spoke.' }]);
  });

  it('reads an article with a few characters lost to a bad encoding', () => {
    const body = `The mayor said the plan was sound${'\ufffd'} and the council agreed on Monday after a long debate. `.repeat(12);
    expect(parseArticle(`Harbour plan\n\n${body.trim()}`).blocks).toHaveLength(1);
  });

  it.each([
    ['an empty file', '', 'empty file'],
    ['only whitespace', ' \n\n ', 'empty file'],
    ['no title on line 1', '\nKicker\n\nBody.', 'no title on line 1'],
    ['binary data', 'T\u0000\u0001\u0002', 'binary data, not a plain-text article'],
    ['binary data without a NUL', `T\n\n${'\ufffd\u0001ab'.repeat(20)}.`, 'binary data, not a plain-text article'],
    ['no paragraph', 'T\nK\n\nT\n\nJust A Heading', 'no paragraphs after the title'],
  ])('rejects %s', (_, input, message) => {
    expect(() => parseArticle(input)).toThrow(new ArticleInputError(message));
  });
});
