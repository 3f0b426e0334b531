import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { stripFurniture } from '../../src/content/strip-furniture';

const story = '<p>' + 'The council met on Tuesday and voted to rebuild the sea wall before winter. '.repeat(6) + '</p>';

describe('stripFurniture', () => {
  it.each([
    ['a figcaption', `<figure><img alt=""><figcaption>Ana Ruiz at the harbour</figcaption></figure>${story}`, 'Ana Ruiz'],
    ['a caption by class', `<div class="image-ct"><div class="caption"><p>Photo by Kevin Mazur</p></div></div>${story}`, 'Kevin Mazur'],
    ['a byline', `<p class="byline">Meg Kinnard, Associated Press</p>${story}`, 'Meg Kinnard'],
    ['a related box', `<div id="related-stories"><a href="/x">Harry Dunn case goes on</a></div>${story}`, 'Harry Dunn'],
  ])('takes out %s', (_, html, gone) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    stripFurniture(doc);
    expect(doc.body.textContent).not.toContain(gone);
    expect(doc.body.textContent).toContain('sea wall');
  });

  it('keeps a large container whose class happens to say "author"', () => {
    const doc = new JSDOM(`<body><div class="post has-author-box">${story}${story}</div></body>`).window.document;
    stripFurniture(doc);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });
});
