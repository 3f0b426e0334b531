// `npm run models`: rebuilds every shipped model from its source text with the builder.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

for (const { model, source } of JSON.parse(readFileSync('src/articles/sources.json', 'utf8'))) {
  const json = execFileSync(process.execPath, ['scripts/run-ts.mjs', 'src/model/cli.ts', source], { encoding: 'utf8' });
  writeFileSync(model, json);
  console.log(`${model} ← ${source}`);
}
