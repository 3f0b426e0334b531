/** The options page: the reader's settings, kept in storage.sync. */
import { readSettings, writeSettings } from '../platform/browser';
import { initMemoryOptions } from './memory-options';

async function main(): Promise<void> {
  const settings = await readSettings();
  const saved = document.getElementById('saved')!;
  const save = (change: Parameters<typeof writeSettings>[0]): void => {
    void writeSettings(change).then(() => {
      saved.textContent = 'Saved. It applies to pages you open from now on.';
    });
  };
  for (const key of ['buildInBrowser', 'annotateByDefault'] as const) {
    const box = document.getElementById(key) as HTMLInputElement;
    box.checked = settings[key];
    box.addEventListener('change', () => save({ [key]: box.checked }));
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="highlightStyle"]')) {
    radio.checked = radio.value === settings.highlightStyle;
    radio.addEventListener('change', () => save({ highlightStyle: radio.value as 'background' | 'underline' }));
  }
  await initMemoryOptions((text) => {
    saved.textContent = text;
  });
}

void main();
