/**
 * An article's model as schema.org JSON-LD (pure): a `NewsArticle` that `mentions` each `Person`
 * (`name`, the role as `jobTitle`) and has each direct quote as a `Quotation` part (`text`, and the
 * speaking Person as `creator`). People get blank-node ids, so quotes can point at them.
 */

/** The parts of an article the export uses (the popup's outline has them). */
export interface JsonLdSource {
  title: string;
  kicker: string;
  url?: string;
  actors: { id: string; fullName: string; role: string | null }[];
  quotes: { text: string; speaker: string | null }[];
}

/** The JSON-LD object of an article. */
export function toJsonLd(a: JsonLdSource): Record<string, unknown> {
  const person = (x: JsonLdSource['actors'][number]): Record<string, unknown> => ({
    '@type': 'Person', '@id': `_:${x.id}`, name: x.fullName, ...(x.role ? { jobTitle: x.role } : {}),
  });
  const byId = new Map(a.actors.map((x) => [x.id, x]));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    ...(a.kicker ? { articleSection: a.kicker } : {}),
    ...(a.url ? { url: a.url } : {}),
    mentions: a.actors.map(person),
    hasPart: a.quotes.flatMap((q) => {
      const speaker = q.speaker ? byId.get(q.speaker) : undefined;
      return speaker ? [{ '@type': 'Quotation', text: q.text, creator: { '@type': 'Person', '@id': `_:${speaker.id}`, name: speaker.fullName } }] : [];
    }),
  };
}

/** The JSON-LD as a `data:` URL, for a download link. */
export function jsonLdDataUrl(a: JsonLdSource): string {
  return `data:application/ld+json;charset=utf-8,${encodeURIComponent(JSON.stringify(toJsonLd(a), null, 2))}`;
}
