// Makes sure Debian's Chromium and Firefox ESR are installed: the end-to-end tests, `npm start` and
// the benchmark drive them (their own browser downloads cannot work here). Installs them with apt
// when run as root; otherwise says how. Set DRAMATIS_SKIP_BROWSERS=1 to skip.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, firefoxPath } from './lib/browsers.mjs';

const PACKAGES = ['chromium', 'firefox-esr', 'fonts-dejavu-core'];

if (process.env.DRAMATIS_SKIP_BROWSERS) process.exit(0);
const missing = [];
if (!existsSync(chromiumPath())) missing.push('chromium');
if (!existsSync(firefoxPath())) missing.push('firefox-esr');
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.warn(`dramatis: missing browsers (${missing.join(', ')}). Install them with:\n  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`);
  process.exit(0);
}
console.log(`dramatis: installing ${PACKAGES.join(', ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync('apt-get update -qq', { stdio: 'inherit', env });
execSync(`apt-get install -y -qq ${PACKAGES.join(' ')}`, { stdio: 'inherit', env });
