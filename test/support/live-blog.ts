/**
 * The huge-page fixture, made rather than stored (it would be 700 KB): a live blog whose entries are
 * the plain-article fixture's paragraphs, repeated `rounds` times under time-stamped headings, in the
 * plain fixture's page. `noArticle` gives the same bulk with every entry's words shuffled, so that it
 * carries no article: the cost of a large page Dramatis must leave alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

export function liveBlogHtml(rounds = 150, noArticle = false): string {
  const plain = readFileSync(path.join(FIXTURES_DIR, 'plain-article', 'page.html'), 'utf8');
  const paragraphs = [...plain.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!);
  const shuffle = (t: string, r: number): string => {
    const w = t.split(' ');
    return w.map((_, i) => w[(i * 7 + r) % w.length]).join(' ').replace(/[A-Z]/g, (c) => c.toLowerCase());
  };
  const entries: string[] = [];
  for (let r = 0; r < rounds; r++) {
    const time = `${String(23 - Math.floor(r / 60) % 24).padStart(2, '0')}:${String(59 - (r % 60)).padStart(2, '0')}`;
    entries.push(`<section class="entry"><h3 class="stamp">${time} GMT · Update ${rounds - r}</h3>`);
    for (const p of paragraphs) entries.push(`<p>${noArticle ? shuffle(p, r) : p}</p>`);
    entries.push('</section>');
  }
  const head = plain.slice(0, plain.indexOf('<article>'));
  return `${head.replace('<title>', '<title>Live: ')}<article>\n<h1 class="live">Live updates</h1>\n${entries.join('\n')}\n</article>\n</body>\n</html>\n`;
}
