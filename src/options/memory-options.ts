/** The options page's memory settings: remember or not, and for how long (storage.local). */
import { readMemorySettings, writeMemorySettings } from '../platform/browser';

/** Wires the memory controls; `saved` is told after each change. */
export async function initMemoryOptions(saved: (text: string) => void): Promise<void> {
  const settings = await readMemorySettings();
  const remember = document.getElementById('remember') as HTMLInputElement | null;
  const retention = document.getElementById('retentionDays') as HTMLSelectElement | null;
  if (!remember || !retention) return;
  remember.checked = settings.remember;
  retention.value = String(settings.retentionDays);
  remember.addEventListener('change', () => void writeMemorySettings({ remember: remember.checked, noticeSeen: true })
    .then(() => saved(remember.checked ? 'Saved: Dramatis remembers the people of articles you read.' : 'Saved: Dramatis remembers nothing from now on.')));
  retention.addEventListener('change', () => void writeMemorySettings({ retentionDays: Number(retention.value) })
    .then(() => saved('Saved. Older articles are forgotten the next time Dramatis starts or records one.')));
}
