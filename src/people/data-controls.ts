/** The whole memory at once: export as a JSON file, import one back (replacing it), forget everything. */
import type { MemoryDb } from '../memory/db';
import { forgetAll } from '../memory/store-write';
import { exportMemory, importMemory } from '../memory/transfer';

/** The people page's export, import and forget everything (click twice), after which `changed` redraws. */
export function dataControls(db: MemoryDb, changed: () => Promise<void>): void {
  const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  const status = $('data-status');
  const say = (text: string, error = false): void => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  $('export').addEventListener('click', async () => {
    const data = await exportMemory(db);
    const link = $<HTMLAnchorElement>('export-file');
    if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
    link.download = `dramatis-memory-${data.exportedAt.slice(0, 10)}.json`;
    // A link the reader clicks to save, rather than a download started by script: no browser blocks it.
    link.textContent = `Save ${link.download} (${data.articles.length} articles)`;
    link.hidden = false;
    link.focus();
    say('');
  });
  const input = $<HTMLInputElement>('import');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { articles, people } = await importMemory(db, await file.text());
      say(`Imported ${articles} articles and ${people} people.`);
      await changed();
    } catch (e) {
      say(`Nothing was changed: ${file.name}: ${(e as Error).message}`, true);
    }
    input.value = '';
  });
  const forget = $<HTMLButtonElement>('forget-all');
  let armed: ReturnType<typeof setTimeout> | undefined;
  forget.addEventListener('click', async () => {
    if (!armed) {
      forget.textContent = 'Click again to forget everything';
      armed = setTimeout(() => { armed = undefined; forget.textContent = 'Forget everything'; }, 5000);
      return;
    }
    clearTimeout(armed);
    armed = undefined;
    forget.textContent = 'Forget everything';
    await forgetAll(db);
    say('Everything was forgotten.');
    await changed();
  });
}

