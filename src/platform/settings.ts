/** The reader's settings: their shape, defaults and the rules that read them (pure; the doorways, browser.ts and content-api.ts, hand it their storage). */
/** The reader's settings, with their defaults. */
export interface Settings {
  /** Build a model in the browser for news articles Dramatis has no shipped model for. */
  buildInBrowser: boolean;
  /** Whether pages are annotated unless their site is an exception. */
  annotateByDefault: boolean;
  /** Sites (host names) where the reader chose the opposite of the default. */
  siteExceptions: string[];
  /** How mentions look: a tinted background with an underline, or the underline alone. */
  highlightStyle: 'background' | 'underline';
}

export const DEFAULT_SETTINGS: Settings = { buildInBrowser: true, annotateByDefault: true, siteExceptions: [], highlightStyle: 'background' };

/** Whether annotations are on for a site under these settings. */
export function annotatesSite(settings: Settings, site: string): boolean {
  return settings.annotateByDefault !== settings.siteExceptions.includes(site);
}

/** The settings from what storage holds: anything missing or malformed reads as its default. */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  const sites = Array.isArray(stored.siteExceptions) ? stored.siteExceptions.filter((x): x is string => typeof x === 'string') : [];
  return {
    buildInBrowser: stored.buildInBrowser !== false,
    annotateByDefault: stored.annotateByDefault !== false,
    siteExceptions: sites,
    highlightStyle: stored.highlightStyle === 'underline' ? 'underline' : 'background',
  };
}

/**
 * Reads the settings through a doorway's `storage.sync.get` (the polyfill's or the browser's own):
 * the defaults when storage cannot be read.
 */
export async function readSettingsWith(get: (defaults: Record<string, unknown>) => Promise<Record<string, unknown>>): Promise<Settings> {
  try {
    return settingsFrom(await get(DEFAULT_SETTINGS as unknown as Record<string, unknown>));
  } catch {
    return DEFAULT_SETTINGS;
  }
}
