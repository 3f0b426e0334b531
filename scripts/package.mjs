// `npm run package`: builds, then writes the two store zips (Chrome Web Store, addons.mozilla.org) to
// dist/, named with the version from package.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
for (const browser of ['chrome', 'firefox']) {
  const file = `dramatis-${browser}-${version}.zip`;
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `build/${browser}`, '--artifacts-dir', 'dist', '--filename', file, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`dist/${file}`);
}
