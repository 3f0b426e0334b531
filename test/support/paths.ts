import path from 'node:path';

/** Where the page fixtures live: test/fixtures/<name>/page.html with expected.json beside it. */
export const FIXTURES_DIR = path.resolve('test/fixtures') // npm runs every script from the repo root;
