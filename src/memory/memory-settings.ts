/** The reader's control over the memory (pure; kept in storage.local, as the memory never leaves this browser). */
export interface MemorySettings {
  /** Remember the people of articles read. Off: nothing is written, nothing is shown. */
  remember: boolean;
  /** Days an article is kept after it was read; 0 keeps it forever. */
  retentionDays: number;
  /** Whether the popup has told the reader, once, that Dramatis remembers. */
  noticeSeen: boolean;
}

export const DEFAULT_MEMORY_SETTINGS: MemorySettings = { remember: true, retentionDays: 90, noticeSeen: false };

/** The retention periods offered, in days (0: forever). */
export const RETENTION_CHOICES = [7, 30, 90, 365, 0] as const;

/** Reads stored values into settings, the defaults standing in for anything missing or malformed. */
export function toMemorySettings(raw: Record<string, unknown>): MemorySettings {
  const days = raw.retentionDays;
  return {
    remember: raw.remember !== false,
    retentionDays: typeof days === 'number' && Number.isInteger(days) && days >= 0 ? days : DEFAULT_MEMORY_SETTINGS.retentionDays,
    noticeSeen: raw.noticeSeen === true,
  };
}

/** Whether an article read in this tab may be written: remembering is on and the tab is not private. */
export function mayRecord(settings: MemorySettings, tab: { incognito: boolean }): boolean {
  return settings.remember && !tab.incognito;
}
