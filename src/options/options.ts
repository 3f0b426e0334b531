/** The options page: the reader's settings, kept in storage.sync. */
import { readSettings, writeSettings } from '../platform/browser';

async function main(): Promise<void> {
  const box = document.getElementById('buildInBrowser') as HTMLInputElement;
  const saved = document.getElementById('saved')!;
  box.checked = (await readSettings()).buildInBrowser;
  box.addEventListener('change', () => {
    void writeSettings({ buildInBrowser: box.checked }).then(() => {
      saved.textContent = 'Saved. It applies to pages you open from now on.';
    });
  });
}

void main();
