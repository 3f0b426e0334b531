import { readdirSync, readFileSync } from 'node:fs';
import { buildModel } from '../src/model/builder/build-model';
for (const f of readdirSync('test/gold').filter((f) => f.endsWith('.gold.json'))) {
  const name = f.replace('.gold.json', '');
  const gold = JSON.parse(readFileSync(`test/gold/${f}`, 'utf8'));
  const m = buildModel(readFileSync(gold.source ?? `test/gold/${name}.txt`, 'utf8'));
  console.log(`== ${name}`);
  console.log('  actors:', m.actors.map((a) => `${a.fullName} [${a.role}] ${a.mentionCount}`).join(' | '));
  console.log('  gold:  ', gold.people.map((p: any) => `${p.name} [${p.role}] ${p.mentions}`).join(' | '));
  const name2 = (id: string | null) => m.actors.find((a) => a.id === id)?.fullName ?? null;
  for (const q of m.quotes) {
    const g = gold.quotes.find((x: any) => x.text.toLowerCase().replace(/[^a-z]/g, '') === q.text.toLowerCase().replace(/[^a-z]/g, ''));
    const ok = g && g.speaker === name2(q.speaker);
    if (!ok) console.log(`  quote ${JSON.stringify(q.text.slice(0, 50))}: got ${name2(q.speaker)} want ${g ? g.speaker : '(not in gold)'}`);
  }
}
