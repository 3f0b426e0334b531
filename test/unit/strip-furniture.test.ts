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
    ['a hover card inside a paragraph', `<p>Mayor <span class="pop"><a href="/p/ana">Ana Ruiz</a><span class="card"><span><img alt=""><a href="/p/ana">Ana Maria Ruiz</a> <a href="/a1">Harbour plan stalls again</a> <a href="/a2">Budget vote delayed</a> <a href="/p/ana">MORE</a></span></span></span> spoke about the sea wall on Tuesday evening.</p>${story}`, 'Harbour plan stalls'],
  ])('takes out %s', (_, html, gone) => {
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    stripFurniture(doc);
    expect(doc.body.textContent).not.toContain(gone);
    expect(doc.body.textContent).toContain('sea wall');
  });

  it('keeps a post embedded in the story, out of a wrapper Readability would drop', () => {
    const doc = new JSDOM(`<body><div class="story">${story}<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The sea wall is finally funded.</p>— Ana Ruiz (@anaruiz) May 2, 2024</blockquote></div>${story}<div class="share-bar"><a href="/s">Share</a></div></div></body>`).window.document;
    stripFurniture(doc);
    const post = doc.querySelector('blockquote.twitter-tweet');
    expect(post?.textContent).toContain('Ana Ruiz');
    expect(post?.parentElement?.className).toBe('story');
    expect(doc.body.textContent).not.toContain('Share');
  });

  it('keeps the name a hover card hangs from, and its paragraph', () => {
    const doc = new JSDOM(`<body><p>Mayor <span><a href="/p/ana">Ana Ruiz</a><span><img alt=""><a href="/a1">One</a> <a href="/a2">Two</a> <a href="/a3">Three</a></span></span> spoke on Tuesday.</p></body>`).window.document;
    stripFurniture(doc);
    expect(doc.body.textContent!.replace(/\s+/g, ' ')).toBe('Mayor Ana Ruiz spoke on Tuesday.');
  });

  it('keeps a paragraph of several links with words of its own', () => {
    const doc = new JSDOM(`<body><p>Talks between <span class="names"><a href="/a">Ana Ruiz</a>, <a href="/b">Bo Ray</a> and <a href="/c">Cy Orr</a></span> went on all week.</p></body>`).window.document;
    stripFurniture(doc);
    expect(doc.body.textContent).toContain('Cy Orr went on');
  });

  it('keeps a large container whose class happens to say "author"', () => {
    const doc = new JSDOM(`<body><div class="post has-author-box">${story}${story}</div></body>`).window.document;
    stripFurniture(doc);
    expect(doc.querySelectorAll('p')).toHaveLength(2);
  });
});
