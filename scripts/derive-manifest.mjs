/**
 * Derives one browser's manifest from the single source `manifest.json`. Pure: no I/O, so it is
 * unit-tested as a table. Chrome runs the background as a service worker and rejects Gecko keys;
 * Firefox (MV3) runs it as an event page from `scripts` and needs its add-on id.
 * @param {Record<string, any>} base the parsed manifest.json
 * @param {'chrome' | 'firefox'} browser
 * @param {string} version the version from package.json
 */
export function deriveManifest(base, browser, version) {
  const m = structuredClone(base);
  m.version = version;
  if (browser === 'chrome') {
    delete m.browser_specific_settings;
    return m;
  }
  if (browser === 'firefox') {
    const worker = m.background?.service_worker;
    if (worker) m.background = { scripts: [worker] };
    return m;
  }
  throw new Error(`unknown browser: ${browser}`);
}
