// The shipped tagger is exactly what `npm run train` makes of the data in data/: nobody edited the
// weights or the lists by hand, and the training is deterministic. (Asynchronous: a minute or two of
// training must not block the test worker.)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('npm run train', () => {
  it('rebuilds the shipped weights and name lists byte for byte', async () => {
    const { stdout } = await promisify(execFile)('node', ['scripts/run-ts.mjs', 'scripts/train/train.ts', '--check'], { encoding: 'utf8' });
    expect(stdout).toMatch(/shipped weights are exactly what the data trains/);
  }, 600_000);
});
