// The builder end to end on a small made-up article: every part of the model, and its invariants.
import { describe, expect, it } from 'vitest';
import { buildModel, slug } from '../../src/model/builder/build-model';
import { validateModel } from '../../src/model/validate-model';

const ARTICLE = `Mayor Wins Vote on Harbour Plan
Local

Mayor Wins Vote on Harbour Plan

City Hall Debate

Mayor Ines Caldera won a narrow vote on Tuesday. “We listened to every street,” Caldera said after the count.

Councillor Piet de Vries opposed the plan. He warned that costs would be “far higher than promised.”

What Comes Next

Caldera’s office said work starts in May, and de Vries said he would keep asking questions about the Caldera-de Vries compromise.`;

describe('buildModel', () => {
  const model = validateModel(buildModel(ARTICLE));

  it('reads title, kicker and sections', () => {
    expect(model.title.text).toBe('Mayor Wins Vote on Harbour Plan');
    expect(model.kicker).toBe('Local');
    expect(model.sections.map((s) => [s.heading?.text, s.paragraphs.length])).toEqual([
      ['City Hall Debate', 2],
      ['What Comes Next', 1],
    ]);
  });

  it('finds the people, their roles and their mention counts', () => {
    expect(model.actors.map((a) => [a.id, a.fullName, a.surname, a.role, a.mentionCount])).toEqual([
      ['ines-caldera', 'Ines Caldera', 'Caldera', 'Mayor', 4],
      ['piet-de-vries', 'Piet de Vries', 'de Vries', 'Councillor', 3],
    ]);
  });

  it('attributes the quotes', () => {
    expect(model.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We listened to every street', 'ines-caldera'],
      ['far higher than promised', 'piet-de-vries'],
    ]);
  });

  it('attributes a heading’s quotation as the body does, in the order of the page', () => {
    const withDek = ARTICLE.replace('What Comes Next', '“Far Higher Than Promised”');
    const built = validateModel(buildModel(withDek));
    expect(built.quotes.map((q) => [q.block, q.text, q.speaker])).toEqual([
      ['p0', 'We listened to every street', 'ines-caldera'],
      ['p1', 'far higher than promised', 'piet-de-vries'],
      ['h1', 'Far Higher Than Promised', 'piet-de-vries'],
    ]);
    expect(built.quotes.map((q) => q.id)).toEqual(['q0', 'q1', 'q2']);
  });

  it('gives every mention offsets that spell a name form of its actor', () => {
    const blocks = [model.title, ...model.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs])];
    for (const b of blocks) {
      for (const m of b.mentions) {
        const actor = model.actors.find((a) => a.id === m.actor)!;
        expect([actor.fullName, ...actor.aliases]).toContain(b.text.slice(m.start, m.end));
      }
    }
  });

  it('fingerprints each long paragraph', () => {
    expect(model.fingerprint.length).toBe(3);
    for (const f of model.fingerprint) expect(f).toMatch(/^[a-z]{32}$/);
  });

  it.each([
    ['Łukasz Müller', 'lukasz-muller'],
    ['Jan van der Berg', 'jan-van-der-berg'],
    ['J. K. Smith', 'j-k-smith'],
  ])('slug(%j) is %j', (name, id) => {
    expect(slug(name)).toBe(id);
  });

  it('gives a surname shared by two people to the one named in the same paragraph, else the first named', () => {
    const m = buildModel(`Harbour Chief Leaves
Business

Harbour Chief Leaves

Mayor Ann Berg resigned on Monday after ten years. Berg said she was tired.

Her brother, Karl Berg, a lawyer, said she had earned a rest. Karl Berg added that Berg would write a book.

Berg will leave office in May.`);
    const names = (id: string) => m.actors.find((a) => a.id === id)!.fullName;
    const paragraphs = m.sections.flatMap((s) => s.paragraphs);
    const said = paragraphs.map((p) => p.mentions.map((x) => `${p.text.slice(x.start, x.end)}=${names(x.actor)}`));
    expect(said).toEqual([
      ['Ann Berg=Ann Berg', 'Berg=Ann Berg'],
      ['Karl Berg=Karl Berg', 'Karl Berg=Karl Berg', 'Berg=Karl Berg'],
      ['Berg=Ann Berg'],
    ]);
  });

  it('keeps a given name with its own person when two people share the surname', () => {
    const m = buildModel(`Student Dies\n\nStudent Dies\n\nEloise Berg, 21, was taken to hospital.\n\n“Nothing could be done,” her mother, Fiona, said in a statement.\n\nFiona Berg issued a plea to parents.`);
    const fiona = m.actors.find((a) => a.fullName === 'Fiona Berg')!;
    expect(m.quotes.map((q) => q.speaker)).toEqual([fiona.id]);
  });

  it('reads the headline for people when the body names no one (a first-person column)', () => {
    const body = 'I have never understood why anyone would stay with a partner who cheats, and I never will.';
    const m = buildModel(`'I never will' Sarah Cole speaks out on cheating\n\n'I never will' Sarah Cole speaks out on cheating\n\n${body}\n\n${body}`);
    expect(m.actors.map((a) => a.fullName)).toEqual(['Sarah Cole']);
    expect(m.quotes.map((q) => [q.text, q.speaker])).toEqual([['I never will', m.actors[0]!.id]]);
  });

  it('takes a full name from the headline when the body names that person by surname alone', () => {
    const m = buildModel(`Harbour game notes: Tomas Quillby leads the Gulls to a win over the Terns\n\nHarbour game notes\n\n• Quillby was the only Gull who could get going early on, though he did commit two turnovers. Quillby scored 10 points on four baskets.\n\n• The Gulls got a fine stint out of Reed Vance. Quillby had a double-double by the half.`);
    expect(m.actors.map((a) => [a.fullName, a.aliases])).toEqual([['Tomas Quillby', ['Quillby']], ['Reed Vance', ['Vance']]]);
  });

  it('reads a panel’s speakers from the headings that name them, with the role line under each', () => {
    const text = 'The harbour will need a new sea wall within ten years, and nobody has found the money for it yet.';
    const m = buildModel(`Outlook for the Harbour

Outlook for the Harbour

${text}

Eloise Berg

Chief economist, Harbour Bank – Oslo

${text}

Peter Vries

Professor of economics, Lund University

${text}`);
    expect(m.actors.map((a) => [a.fullName, a.role])).toEqual([
      ['Eloise Berg', 'Chief economist, Harbour Bank – Oslo'], ['Peter Vries', 'Professor of economics, Lund University']]);
  });
});
