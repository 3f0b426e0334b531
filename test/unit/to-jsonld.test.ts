// The article as schema.org JSON-LD: a NewsArticle naming every Person and every Quotation's creator.
import { describe, expect, it } from 'vitest';
import { jsonLdDataUrl, toJsonLd } from '../../src/model/to-jsonld';
import { shippedModel } from '../support/fixtures';

const model = shippedModel();
const source = { title: model.title.text, kicker: model.kicker, actors: model.actors, quotes: model.quotes };

describe('toJsonLd', () => {
  const ld = toJsonLd(source) as { '@context': string; '@type': string; headline: string; mentions: any[]; hasPart: any[] };
  it('is a NewsArticle with the title', () => {
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: model.title.text });
  });
  it('names every person, with the role as jobTitle', () => {
    expect(ld.mentions.map((p) => [p['@type'], p.name, p.jobTitle ?? null])).toEqual(model.actors.map((a) => ['Person', a.fullName, a.role]));
  });
  it('has every attributed quote as a Quotation whose creator names its speaker', () => {
    const attributed = model.quotes.filter((q) => q.speaker);
    expect(ld.hasPart.map((q) => [q['@type'], q.text, q.creator.name]))
      .toEqual(attributed.map((q) => ['Quotation', q.text, model.actors.find((a) => a.id === q.speaker)!.fullName]));
    const ids = new Set(ld.mentions.map((p) => p['@id']));
    for (const q of ld.hasPart) expect(ids.has(q.creator['@id'])).toBe(true);
  });
  it.each([
    ['markup stays text', '<script>x</script>'],
    ['quotes and ampersands', '"a" & \'b\''],
  ])('%s in a data: URL that parses back', (_, title) => {
    const url = jsonLdDataUrl({ ...source, title });
    expect(url.startsWith('data:application/ld+json')).toBe(true);
    expect(JSON.parse(decodeURIComponent(url.slice(url.indexOf(',') + 1))).headline).toBe(title);
  });
});
