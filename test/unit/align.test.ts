// The pure matcher: page strings in, page offsets out.
import { describe, expect, it } from 'vitest';
import { alignModel } from '../../src/matching/align';
import { buildModel } from '../../src/model/builder/build-model';

const model = buildModel(`Envoy Meets Minister
World

Envoy Meets Minister

First Round

Special Envoy Tom Hale met Interior Minister Rosa Dunn on Friday. “It was a good start,” Hale said afterwards.

Dunn’s aides were less upbeat about the Hale-Dunn format and its prospects over the coming weeks.`);

const annotated = (page: string): string[] =>
  [...alignModel(page, model).annotations].sort((a, b) => a.start - b.start).map((a) => `${a.kind === 'mention' ? a.actor : `quote:${a.speaker}`}=${page.slice(a.start, a.end)}`);

const P1 = 'Special Envoy Tom Hale met Interior Minister Rosa Dunn on Friday. “It was a good start,” Hale said afterwards.';
const P2 = 'Dunn’s aides were less upbeat about the Hale-Dunn format and its prospects over the coming weeks.';

describe('alignModel', () => {
  it('places title, heading and paragraphs and maps every span', () => {
    const page = `Menu\nEnvoy Meets Minister\nFirst Round\n${P1}\n${P2}\nFooter`;
    const a = alignModel(page, model);
    expect(a.missing).toEqual([]);
    expect(a.placements.map((p) => [p.block, page.slice(p.start, p.end)])).toEqual([
      ['title', 'Envoy Meets Minister'], ['h0', 'First Round'], ['p0', P1], ['p1', P2],
    ]);
    expect(annotated(page)).toEqual([
      'tom-hale=Tom Hale', 'rosa-dunn=Rosa Dunn', 'quote:tom-hale=It was a good start', 'tom-hale=Hale', 'rosa-dunn=Dunn',
      'tom-hale=Hale', 'rosa-dunn=Dunn',
    ]);
  });

  it.each([
    ['straight quotes and apostrophes', (s: string) => s.replace(/[“”]/g, '"').replace(/’/g, "'")],
    ['non-breaking spaces and line breaks', (s: string) => s.replace(/ /g, (_, i: number) => (i % 3 ? '\u00a0' : '\n'))],
    ['soft hyphens inside names', (s: string) => s.replace(/Hale/g, 'Ha\u00adle')],
    ['different case', (s: string) => s.toUpperCase()],
  ])('survives %s, and spans cover the page’s own characters', (_, edit) => {
    const page = edit(`${P1} ${P2}`);
    const spans = annotated(page).map((x) => x.split('=')[1]!.replace(/\u00ad/g, '').replace(/\s/g, ' ').toLowerCase());
    expect(spans).toEqual(['tom hale', 'rosa dunn', 'it was a good start', 'hale', 'dunn', 'hale', 'dunn']);
  });

  it('finds a paragraph split in two blocks and two paragraphs merged in one', () => {
    const split = P1.replace('Friday. ', 'Friday.\n');
    expect(alignModel(`${split}\n${P2}`, model).missing).toEqual([]);
    expect(alignModel(`${P1}${P2}`, model).missing).toEqual([]);
  });

  it('reports paragraphs it cannot place, and places no heading or title without a paragraph', () => {
    const a = alignModel(`Envoy Meets Minister First Round ${P2}`, model);
    expect(a.missing).toEqual(['p0']);
    expect(a.paragraphsTotal).toBe(2);
    expect(alignModel('Envoy Meets Minister First Round', model).placements).toEqual([]);
  });

  it('places every copy of a paragraph a page repeats (a live blog)', () => {
    const a = alignModel(`${P1}\n${P2}\nLater\n${P1}\n${P2}`, model);
    expect(a.placements.filter((p) => p.block === 'p0')).toHaveLength(2);
    expect(a.annotations.filter((x) => x.kind === 'quote')).toHaveLength(2);
  });

  it('places an edited paragraph by its surviving clauses and maps its names there', () => {
    const edited = P1.replace('on Friday', 'late on Friday evening').replace('“It was a good start,”', '"It was a good first start,"');
    const a = alignModel(`${edited}\n${P2}`, model);
    expect(a.missing).toEqual([]);
    expect(a.placements.find((p) => p.block === 'p0')!.edited).toBe(true);
    const page = `${edited}\n${P2}`;
    const names = a.annotations.filter((x) => x.kind === 'mention' && x.start < edited.length).map((x) => page.slice(x.start, x.end));
    expect(names).toEqual(['Tom Hale', 'Rosa Dunn', 'Hale']);
    // The quote's words changed: it is not placed rather than placed on the wrong words.
    expect(a.annotations.filter((x) => x.kind === 'quote')).toEqual([]);
  });

  it('leaves a paragraph that no longer matches alone', () => {
    const rewritten = 'Hale and Dunn spoke on Friday; aides later described the meeting as productive but inconclusive.';
    const a = alignModel(`${rewritten}\n${P2}`, model);
    expect(a.missing).toEqual(['p0']);
    expect(a.annotations.every((x) => x.start > rewritten.length)).toBe(true);
  });

  it('takes the headline nearest before the article, not one in an earlier trending bar', () => {
    const page = `Trending: Envoy Meets Minister\nOther story\nEnvoy Meets Minister\nFirst Round\n${P1}\n${P2}`;
    const title = alignModel(page, model).placements.find((p) => p.block === 'title')!;
    expect(title.start).toBe(page.indexOf('Envoy Meets Minister', 20));
  });
});
