import { buildModel } from '../src/model/builder/build-model';
const paras = process.argv.slice(2);
const m = buildModel(['TITLE: Test', '', ...paras.flatMap((p) => [p, ''])].join('\n'));
console.log('people:', m.actors.map((a) => `${a.fullName} [${a.role ?? ''}]`).join('; '));
for (const q of m.quotes) console.log(' ', JSON.stringify(q.text.slice(0, 50)), '->', q.speaker ?? null);
