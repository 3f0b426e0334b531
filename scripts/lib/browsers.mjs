// Where the real browsers live: Debian's packages (scripts/setup-browsers.mjs installs them).
import { existsSync } from 'node:fs';

/** Path of the Chromium binary, overridable with CHROMIUM_PATH. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync) ?? '/usr/bin/chromium';
}

/** Path of the Firefox binary, overridable with FIREFOX_PATH. */
export function firefoxPath() {
  return process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync) ?? '/usr/bin/firefox-esr';
}

/** Flags that keep Chromium quiet on a machine with no network and no GPU. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--no-default-browser-check',
];
