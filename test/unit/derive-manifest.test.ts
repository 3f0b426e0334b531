import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the build, without types
import { deriveManifest } from '../../scripts/derive-manifest.mjs';

const base = JSON.parse(readFileSync('manifest.json', 'utf8'));

describe('deriveManifest', () => {
  it.each([
    ['chrome', { service_worker: 'background.js' }, false],
    ['firefox', { scripts: ['background.js'] }, true],
  ])('%s', (browser, background, gecko) => {
    const m = deriveManifest(base, browser, '1.2.3');
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe('1.2.3');
    expect(m.background).toEqual(background);
    expect('browser_specific_settings' in m).toBe(gecko);
    if (gecko) expect(m.browser_specific_settings.gecko).toMatchObject({ id: expect.any(String), strict_min_version: expect.any(String) });
  });

  it('does not touch its input and asks only for storage (the settings) and scripting (re-injection after an update)', () => {
    const copy = structuredClone(base);
    deriveManifest(base, 'firefox', '1.0.0');
    expect(base).toEqual(copy);
    expect(base.permissions ?? []).toEqual(['storage', 'scripting']);
  });

  it('reaches no host the content script did not already run on, and exposes no file to pages', () => {
    const matches = base.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(base.host_permissions).toEqual(matches);
    expect(base.web_accessible_resources).toBeUndefined();
  });

  it('rejects an unknown browser', () => {
    expect(() => deriveManifest(base, 'netscape', '1.0.0')).toThrow('unknown browser: netscape');
  });
});
