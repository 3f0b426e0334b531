import { tagEntities } from '../src/model/tagger/tag-entities';
import { shippedWeights } from '../src/model/tagger/shipped-tagger';
import { shippedGazetteer } from '../src/model/tagger/gazetteer';
import { findPeople } from '../src/model/builder/find-people';
const paras = process.argv.slice(2);
const ents = tagEntities(paras, shippedWeights(), shippedGazetteer());
console.log(ents.map((e) => `${e.type}:${e.text}(${Math.round(e.margin)})`).join('  '));
console.log(JSON.stringify(findPeople(paras, { entities: ents, names: shippedGazetteer() }).map((p) => [p.fullName, p.role])));
