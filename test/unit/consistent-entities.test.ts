// The tagger's readings made consistent across an article: made-up entities, one rule per row.
import { describe, expect, it } from 'vitest';
import { consistentEntities } from '../../src/model/builder/consistent-entities';
import type { Entity } from '../../src/model/tagger/tag-entities';

const e = (text: string, type: Entity['type'], paragraph = 0): Entity => ({ type, paragraph, start: 0, end: text.length, text, margin: 500 });
const institution = (w: string): boolean => ['Stanley', 'Center'].includes(w);
const types = (entities: Entity[]): string[] => consistentEntities(entities, institution).map((x) => `${x.text}:${x.type}`);

describe('consistentEntities', () => {
  it.each([
    ['a full name read as a place, its surname twice a person’s', [e('Orla Quillon', 'LOC'), e('Quillon', 'PER', 1), e('Quillon', 'PER', 2)], ['Orla Quillon:PER', 'Quillon:PER', 'Quillon:PER']],
    ['a surname read as a place once among person readings', [e('Quillon', 'LOC'), e('Quillon', 'PER', 1), e('Quillon', 'PER', 2), e('Quillon', 'PER', 3)], ['Quillon:PER', 'Quillon:PER', 'Quillon:PER', 'Quillon:PER']],
    ['a surname a person’s only once: no change', [e('Orla Quillon', 'LOC'), e('Quillon', 'PER', 1)], ['Orla Quillon:LOC', 'Quillon:PER']],
    ['readings that disagree as often as they agree: no change', [e('Quillon', 'ORG'), e('Quillon', 'ORG', 1), e('Quillon', 'PER', 2), e('Quillon', 'PER', 3)], ['Quillon:ORG', 'Quillon:ORG', 'Quillon:PER', 'Quillon:PER']],
    ['an institution’s last word keeps it one', [e('Morgan Stanley', 'ORG'), e('Stanley', 'PER', 1), e('Stanley', 'PER', 2)], ['Morgan Stanley:ORG', 'Stanley:PER', 'Stanley:PER']],
    ['a surname alone after the full name read as a person’s', [e('Orla Quillon', 'PER'), e('Quillon', 'LOC', 1), e('Quillon', 'PER', 2)], ['Orla Quillon:PER', 'Quillon:PER', 'Quillon:PER']],
    ['a surname alone read otherwise more often than not', [e('Orla Quillon', 'PER'), e('Quillon', 'LOC', 1), e('Quillon', 'LOC', 2)], ['Orla Quillon:PER', 'Quillon:LOC', 'Quillon:LOC']],
    ['a long name is left as read', [e('Bank of North Quillon', 'ORG'), e('Quillon', 'PER', 1), e('Quillon', 'PER', 2)], ['Bank of North Quillon:ORG', 'Quillon:PER', 'Quillon:PER']],
  ])('%s', (_, entities, expected) => expect(types(entities)).toEqual(expected));
});
