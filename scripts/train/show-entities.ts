/**
 * `node scripts/run-ts.mjs scripts/train/show-entities.ts FILE.txt`: prints the names the shipped
 * tagger finds in an article (plain-text or realgold format) and the people the builder keeps, to see
 * why a name was missed or taken.
 */
import { readFileSync } from 'node:fs';
import { findPeople } from '../../src/model/builder/find-people';
import { tagWithShippedModel } from '../../src/model/tagger/shipped-tagger';
import { shippedGazetteer } from '../../src/model/tagger/gazetteer';

const text = readFileSync(process.argv[2]!, 'utf8').replace(/^TITLE: .*\n/, '');
const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
const entities = tagWithShippedModel(paragraphs);
for (const e of entities) console.log(`${e.type.padEnd(5)} ${String(Math.round(e.margin)).padStart(6)}  ${e.text}`);
console.log('\npeople:');
for (const p of findPeople(paragraphs, { entities, names: shippedGazetteer() })) console.log(`  ${p.fullName}  [${[...p.forms].join(' | ')}]  ${p.role ?? ''}`);
