// The shipped models are the builder's output, byte for byte, and valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sources from '../../src/articles/sources.json';
import { buildModel } from '../../src/model/builder/build-model';
import { serializeModel } from '../../src/model/serialize-model';
import { validateModel } from '../../src/model/validate-model';

describe.each(sources)('$model', ({ model, source }) => {
  it('equals what the builder makes of its source (run `npm run models` after changing the builder)', () => {
    expect(readFileSync(model, 'utf8')).toBe(serializeModel(buildModel(readFileSync(source, 'utf8'))));
  });

  it('passes the validator', () => {
    expect(() => validateModel(JSON.parse(readFileSync(model, 'utf8')))).not.toThrow();
  });

  it('is deterministic', () => {
    const text = readFileSync(source, 'utf8');
    expect(serializeModel(buildModel(text))).toBe(serializeModel(buildModel(text)));
  });
});
