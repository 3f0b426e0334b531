// `npm run model -- FILE`: JSON on success; a one-line error naming the file and exit code 2 on bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dramatis-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-ts.mjs', 'src/model/cli.ts', ...args], { encoding: 'utf8' });

describe('model CLI', () => {
  beforeAll(() => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'notitle.txt'), '\nKicker\n\nBody text.');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
  }, 30_000);

  it('prints the model of a good article as JSON', () => {
    const r = run('../shared/seed/article.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync('src/articles/seed.model.json', 'utf8'));
  });

  it.each([
    ['a missing file', 'missing.txt', 'no such file'],
    ['an empty file', 'empty.txt', 'empty file'],
    ['a file with no title', 'notitle.txt', 'no title on line 1'],
    ['binary data', 'binary.txt', 'binary data, not UTF-8 text'],
    ['a directory', '.', 'is a directory'],
  ])('rejects %s with one line and exit code 2', (_, name, problem) => {
    const file = path.join(dir, name);
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${file}: ${problem}\n`);
  });

  it('prints usage without a file', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: /);
  });
});
