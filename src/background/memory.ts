/**
 * Background: the memory's writer. Content scripts send each article read; it is recorded (unless
 * remembering is off or the tab is private) and the card's recall is sent back. Articles past the
 * retention period are forgotten whenever the background starts and before each write.
 */
import { onMemoryRequest, readMemorySettings } from '../platform/browser';
import type { RecallReply } from '../platform/messages';
import { openMemory, type MemoryDb } from '../memory/db';
import { mayRecord } from '../memory/memory-settings';
import { recall } from '../memory/store-read';
import { recordArticle } from '../memory/record-article';
import { forgetOlderThan } from '../memory/store-write';

let db: Promise<MemoryDb> | null = null;
const memory = (): Promise<MemoryDb> => (db ??= openMemory());

/** Forgets what is older than the retention period. */
async function applyRetention(now: number): Promise<void> {
  const { retentionDays } = await readMemorySettings();
  await forgetOlderThan(await memory(), retentionDays, now);
}

/** Starts the memory service. */
export function serveMemory(): void {
  void applyRetention(Date.now()).catch((e: unknown) => console.error('Dramatis: could not apply the retention period:', e));
  onMemoryRequest(async (msg, tab): Promise<RecallReply> => {
    const settings = await readMemorySettings();
    if (!mayRecord(settings, tab)) return {};
    const now = Date.now();
    const d = await memory();
    await forgetOlderThan(d, settings.retentionDays, now);
    const keys = await recordArticle(d, msg.article, now);
    return recall(d, msg.article.url, keys);
  });
}
