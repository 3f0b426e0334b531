// Which pages the content script takes for a news article (and builds a model from): one loop over
// the folders of test/detect-pages, each a page and what it is. The real pages are in
// realgold-reading.test.ts and realpages.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleTitle } from '../../src/content/article-title';
import { extractArticle, looksLikeNewsArticle } from '../../src/content/extract-article';

const DIR = path.resolve('test/detect-pages');
const pages = readdirSync(DIR).map((name) => ({
  name,
  html: readFileSync(path.join(DIR, name, 'page.html'), 'utf8'),
  expected: JSON.parse(readFileSync(path.join(DIR, name, 'expected.json'), 'utf8')) as { news: boolean; url?: string },
}));

describe.each(pages)('$name', ({ html, expected }) => {
  it(`is ${expected.news ? '' : 'not '}taken for a news article`, () => {
    // The page's address, where the folder gives one, is part of what the page says about itself.
    const doc = new JSDOM(html, expected.url ? { url: expected.url } : {}).window.document;
    expect(looksLikeNewsArticle(doc)).toBe(expected.news);
    if (!expected.news) return;
    const texts = extractArticle(doc)!.blocks.map((b) => b.text);
    expect(texts.length).toBeGreaterThan(2);
    // Each paragraph read once: no block holds another (a wrapper read whole, as well as its children).
    for (const [i, t] of texts.entries()) expect(texts.filter((u, j) => j !== i && t.includes(u))).toEqual([]);
    expect(texts.some((t) => /reporting by/i.test(t))).toBe(false);
  });
});

describe('articleTitle', () => {
  const doc = (body: string): Document => new JSDOM(`<body>${body}</body>`).window.document;
  it.each([
    ['the h1 when it is the headline', '<h1>Mayor unveils a harbour budget</h1>', ['Mayor unveils a harbour budget'], 'Mayor unveils a harbour budget'],
    ['the heading matching the metadata, not the section name in the first h1', '<h1>Allergies Health Center</h1><h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>',
      ['Babies Who Eat Peanuts Early May Avoid Allergy'], 'Babies Who Eat Peanuts Early May Avoid Allergy'],
    ['the second h1 when the first is the site', '<h1>Salon</h1><h1>The sharing economy is a lie</h1>', ['', 'The sharing economy is a lie - Salon.com'], 'The sharing economy is a lie'],
    ['a long h1 when no heading matches the metadata', '<h1>Why Neon Is the Ultimate Symbol of the 20th Century</h1>', ['The Modern Ambitions Behind Neon'], 'Why Neon Is the Ultimate Symbol of the 20th Century'],
    ['the metadata title when no heading is the headline', '<h1>Good Morning America</h1>', ['Veteran Wraps Baby in Flag'], 'Veteran Wraps Baby in Flag'],
  ])('%s', (_, body, metas, title) => expect(articleTitle(doc(body), metas)).toBe(title));
});

describe('extractArticle: headings and story lines', () => {
  const para = 'The council met on Tuesday evening to discuss the harbour budget and the plans for the new ferry terminal.';
  const page = (h2: string): Document => new JSDOM(`<body><article><h1>Council debates the harbour budget</h1>
    <p>${para}</p><p>${para}</p><h2>${h2}</h2><p>${para}</p><p>${para}</p></article></body>`).window.document;
  it.each([
    ['a subhead', 'The ferry terminal', 'heading'],
    ['a question', 'What happens to the ferry terminal next?', 'heading'],
    ['a whole sentence set in a heading', 'Mayor Ann Holt asked residents to send in their views by Friday.', 'paragraph'],
    ['a short sentence', 'Costs rose.', 'heading'],
  ])('%s reads as a %s', (_, h2, kind) => {
    const blocks = extractArticle(page(h2))!.blocks;
    expect(blocks.find((b) => b.text === h2)?.kind).toBe(kind);
  });

  it('leaves a standfirst before the first paragraph a heading', () => {
    const standfirst = 'Mayor Ann Holt asked residents to send in their views by Friday.';
    const doc = new JSDOM(`<body><article><h1>Council debates the harbour budget</h1><h2>${standfirst}</h2>
      <p>${para}</p><p>${para}</p><p>${para}</p></article></body>`).window.document;
    expect(extractArticle(doc)!.blocks.find((b) => b.text === standfirst)?.kind).toBe('heading');
  });
});

describe('extractArticle: a paragraph of lines', () => {
  const para = 'The council met on Tuesday evening to discuss the harbour budget and the plans for the new ferry terminal.';
  it('reads a roundup entry’s lines: its sentences and a name set apart, not its price line', () => {
    const doc = new JSDOM(`<body><article><h1>Council debates the harbour budget</h1><p>${para}</p><p>${para}</p>
      <p><strong>The Quiet Harbour</strong><br>Orla Venn<br>Harbour Books, $18.99; ages 5-8</p><p>${para}</p><p>${para}</p><p>${para}</p></article></body>`).window.document;
    const texts = extractArticle(doc)!.blocks.map((b) => b.text);
    expect(texts).toContain('Orla Venn');
    expect(texts.some((t) => t.includes('$18.99'))).toBe(false);
  });

  it('reads a story set as one paragraph of lines as its paragraphs', () => {
    const lines = ['The two men are in police custody. His sister, Orla Venn, said that he had left home on Thursday.',
      '“He left at night on the tractor, and he said he was going to hunt.” Venn told this newspaper.',
      'Relatives said that he knew the two men well.'];
    const doc = new JSDOM(`<body><article><h1>Harbour hunter found dead in the woods near the town</h1><p>${para}</p><p>${para}</p><p>${lines.join('<br />\n')}<br /></p><p>${para}</p><p>${para}</p></article></body>`).window.document;
    const texts = extractArticle(doc)!.blocks.map((b) => b.text);
    expect(texts).toEqual([para, para, ...lines, para, para]);
  });

  it('reads a credit line after the name: "X; illustrated by Y"', () => {
    const doc = new JSDOM(`<body><article><h1>Council debates the harbour budget</h1><p>${para}</p><p>${para}</p>
      <p><strong>The Long Pier</strong><br>Orla Venn; illustrated by Bo Ray<br>Harbour Books, $17.99; ages 6-8</p><p>${para}</p><p>${para}</p></article></body>`).window.document;
    const texts = extractArticle(doc)!.blocks.map((b) => b.text);
    expect(texts).toContain('Orla Venn; illustrated by Bo Ray');
    expect(texts.some((t) => t.includes('$17.99'))).toBe(false);
  });
});

describe('extractArticle: paragraphs with links', () => {
  const para = 'The council met on Tuesday evening to discuss the harbour budget and the plans for the new ferry terminal.';
  const read = (p: string): string[] => extractArticle(new JSDOM(`<body><article><h1>Council debates the harbour budget</h1>
    <p>${para}</p>${p}<p>${para}</p><p>${para}</p></article></body>`).window.document)!.blocks.map((b) => b.text);
  it.each([
    ['a sentence of its own words around a long link', '<p>The mayor, Ann Holt, was questioned and <a href="/x">sent back to answer the auditors by the end of the month</a>.</p>', true],
    ['a paragraph that is only a link to another story', '<p><a href="/y">Read: the ferry terminal plans that divided the harbour town last year</a></p>', false],
    ['a few words before a long link', '<p>See also: <a href="/z">the ferry terminal plans that divided the harbour town last year</a>.</p>', false],
  ])('%s: kept %s', (_, html, kept) => {
    const text = new JSDOM(html).window.document.body.textContent!.trim();
    expect(read(html).includes(text)).toBe(kept);
  });
});

describe('extractArticle: a paragraph element holding paragraphs', () => {
  // Scripts (and old CMSs) can build what the HTML parser never would: a <p> wrapping the story's
  // paragraphs. Each must be read once, and the credit line among them dropped.
  it('reads the inner paragraphs one by one', () => {
    const doc = new JSDOM(readFileSync(path.join(DIR, 'wire-dateline', 'page.html'), 'utf8')).window.document;
    const wrapper = doc.getElementById('articleText')!;
    const p = doc.createElement('p');
    p.append(...wrapper.childNodes);
    wrapper.replaceWith(p);
    const texts = extractArticle(doc)!.blocks.map((b) => b.text);
    expect(texts).toHaveLength(5);
    expect(new Set(texts).size).toBe(5);
    expect(texts.some((t) => t.includes('Reporting by'))).toBe(false);
  });
});

describe('extractArticle: a photo gallery with a paragraph of story', () => {
  // Readability takes the legal footer for the body of such a page; the page's description names the lede.
  it('reads the paragraph the description opens, not the footer', () => {
    const lede = 'Today on the first day of the harbour festival, children at the Port Hale library read sea stories and made paper boats.';
    const doc = new JSDOM(`<html><head><meta property="og:type" content="article"><meta property="og:description" content="${lede.slice(0, 90)}">
      <title>Festival opens at the library</title></head><body><h1>Festival opens at the library</h1>
      <div class="gallery"><img src="a.jpg"><img src="b.jpg"></div>
      <div class="caption"><p>${lede} The exhibit, organized by librarian Ann Holt, is on display until Friday.</p></div>
      <div id="footer"><p>© 2015 Harbour Media Group All rights reserved (About Us). The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Harbour Media Group.</p>
      <p>Community Rules apply to all content you upload or otherwise submit to this site. Contact interactivity management.</p></div></body></html>`).window.document;
    const texts = extractArticle(doc)?.blocks.map((b) => b.text) ?? [];
    expect(texts).toEqual([`${lede} The exhibit, organized by librarian Ann Holt, is on display until Friday.`]);
  });
});

describe('extractArticle: a closing bio of someone the story never names', () => {
  const para = 'The council met on Tuesday evening to discuss the harbour budget and the plans for the new ferry terminal.';
  const read = (last: string): string[] => extractArticle(new JSDOM(`<body><article><h1>Council debates the harbour budget</h1>
    <p>${para}</p><p>Mayor Bo Ray said the terminal would open in May.</p><p>${para}</p><p>${last}</p></article></body>`).window.document)!.blocks.map((b) => b.text);
  it.each([
    ['the writer’s bio is dropped', 'Ann Holt teaches at the harbour college and writes about local government.', false],
    ['a closing line about a person of the story stays', 'Bo Ray is the first mayor of the town to come from the islands.', true],
  ])('%s', (_, last, kept) => expect(read(last).includes(last)).toBe(kept));
});

describe('extractArticle: an interview’s questions and answers', () => {
  const para = 'The council met on Tuesday evening to discuss the harbour budget and the plans for the new ferry terminal.';
  const read = (qa: string): string[] => extractArticle(new JSDOM(`<body><article><h1>Meet the new harbour master</h1>
    <p>${para}</p><p>${para}</p>${qa}<p>${para}</p></article></body>`).window.document)!.blocks.map((b) => b.text);
  it.each([
    ['a short answer after its question', '<p><strong>Q: Favorite singers?</strong></p><p>A: Ann Holt, Bo Ray, Orla Venn</p>', 'A: Ann Holt, Bo Ray, Orla Venn', true],
    ['a short line after no question', '<p>Filed under</p><p>A: Ann Holt, Bo Ray, Orla Venn</p>', 'A: Ann Holt, Bo Ray, Orla Venn', false],
  ])('%s', (_, html, text, kept) => expect(read(html).includes(text)).toBe(kept));
});

describe('extractArticle: when Readability would find nothing or the wrong thing', () => {
  const story = ['Harbourline cut its night crossings on Tuesday, and the town council asked it to explain why.',
    '“We were told nothing,” said Ines Varga, who chairs the council’s transport committee.',
    'The company said the crossings would return in the spring, once its second vessel is repaired.'];
  const paragraphs = story.map((t) => `<p>${t}</p>`).join('');
  it('reads a page hidden whole until its scripts run (display: none on the wrapper of everything)', () => {
    const doc = new JSDOM(`<html><head><title>Night crossings cut</title><meta property="og:type" content="article"></head><body>
      <div id="page" style="display: none;"><nav><a href="/">Home</a></nav><h1>Night crossings cut</h1>${paragraphs}</div></body></html>`).window.document;
    expect(extractArticle(doc)?.blocks.map((b) => b.text)).toEqual(story);
  });
  it('leaves a hidden box that is not the whole page hidden', () => {
    const doc = new JSDOM(`<html><head><title>Night crossings cut</title></head><body><h1>Night crossings cut</h1>${paragraphs}
      <div style="display:none"><p>Sign up for our newsletter and read every story first.</p></div></body></html>`).window.document;
    expect(extractArticle(doc)?.blocks.map((b) => b.text)).toEqual(story);
  });
  it('reads the body the page marks as the story’s when Readability takes a data table beside it', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>Ward ${i}, on the north side of the harbour, by the old ferry pier</td><td>ward${i}@council.example</td></tr>`).join('');
    const doc = new JSDOM(`<html><head><title>Night crossings cut</title><meta property="og:type" content="article"></head><body>
      <h1>Night crossings cut</h1><div itemprop="articleBody">${paragraphs}</div><div class="box"><table>${rows}</table></div></body></html>`).window.document;
    expect(extractArticle(doc)?.blocks.map((b) => b.text)).toEqual(story);
  });
});

describe('extractArticle: a story split over containers alike', () => {
  const long = (i: number): string => `The harbour board met for the ${i}th time this year, and its members argued about the ferry timetable, the cost of the new pier and the state of the old warehouses along the quay.`;
  it('reads every part, in page order, when Readability keeps one', () => {
    const part = (ps: string[]): string => `<div class="row"><div class="column column--side"><ul><li><a href="/a">Share</a></li><li><a href="/b">Print</a></li></ul></div>
      <div class="column column--story"><div class="story-text">${ps.map((t) => `<p class="story-text__paragraph">${t}</p>`).join('')}</div></div></div>`;
    const first = ['Mayor Orla Venn will step down in the spring, she said on Tuesday.', 'Her deputy, Tomas Quill, is expected to stand.'];
    const rest = [1, 2, 3, 4, 5, 6].map(long);
    const doc = new JSDOM(`<html><head><title>Mayor to step down</title></head><body><h1>Harbour town mayor to step down in the spring</h1>
      ${part(first)}<div class="ad-row"><div class="ad">Advertisement</div></div>${part(rest)}
      <aside class="related"><div class="story-text"><p class="story-text__paragraph">Another story from the harbour, about the fish market and its new owners, who took over last month.</p></div></aside></body></html>`).window.document;
    expect(extractArticle(doc)!.blocks.map((b) => b.text)).toEqual([...first, ...rest]);
  });
});

describe('extractArticle: a feed of stories, each in its own <article>', () => {
  const story = (lead: string, n: number): string => `<section class="feed-item"><article class="feed-story"><h2 class="feed-headline">${lead}</h2>
    <div class="feed-body"><div class="feed-text">${[lead, ...Array.from({ length: n }, (_, i) => `The harbour board met for the ${i + 2}th time about it, and its members argued about the ferry timetable, the cost of the new pier and the old warehouses.`)].map((t) => `<p>${t}</p>`).join('')}</div></div></article></section>`;
  const doc = (stories: string): Document => new JSDOM(`<html><head><title>Mayor to step down in the spring</title></head><body><main>${stories}</main></body></html>`).window.document;
  it('reads the first story only, which the page is about', () => {
    const first = 'Mayor Orla Venn will step down in the spring, she said on Tuesday at the town hall.';
    const texts = extractArticle(doc(story(first, 4) + story('Tomas Quill opened a fish market on the quay on Monday, with a band and speeches.', 4) + story('The ferry to the islands was late again on Friday, for the third time this month.', 4)))!.blocks.map((b) => b.text);
    expect(texts[0]).toBe(first);
    expect(texts.some((t) => t.includes('Tomas Quill'))).toBe(false);
  });
});
