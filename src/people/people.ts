/**
 * The people page (`people.html`, `people.html?q=TEXT`): everyone the reader has read about, found by
 * name, sorted by how often or how recently, in a virtualized list; a person's timeline beside it; and
 * export, import and forget everything. It reads the memory's IndexedDB directly (same origin as the
 * background that writes it). With remembering off it lists nobody.
 */
import { openMemory, type MemoryDb } from '../memory/db';
import { countPeople, listPeople, personTimeline, searchPeople, type PeopleOrder } from '../memory/store-read';
import { forgetArticle, forgetOlderThan, forgetPerson, forgetSite, mergePeople, splitPerson } from '../memory/store-write';
import type { PersonRecord } from '../memory/types';
import { readMemorySettings, writeMemorySettings } from '../platform/browser';
import { shortDate } from '../content/card-memory';
import { renderPerson, type PersonActions } from './person-view';
import { VirtualList, type RowSource } from './virtual-list';
import { dataControls } from './data-controls';

const ROW_HEIGHT = 52;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

async function main(): Promise<void> {
  const [settings, db]: [Awaited<ReturnType<typeof readMemorySettings>>, MemoryDb] = await Promise.all([readMemorySettings(), openMemory()]);
  const query = $<HTMLInputElement>('q');
  const sort = $<HTMLSelectElement>('sort');
  const personBox = $('person');
  let selected: string | null = null;

  const list = new VirtualList<PersonRecord>($('viewport'), $('people'), ROW_HEIGHT, (p) => {
    const li = document.createElement('li');
    li.dataset.person = p.key;
    li.setAttribute('aria-selected', String(p.key === selected));
    const name = document.createElement('button');
    name.type = 'button';
    name.className = 'person-name';
    name.textContent = p.name;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = `${p.count} article${p.count === 1 ? '' : 's'}`;
    const last = document.createElement('span');
    last.className = 'last';
    last.textContent = `last read ${shortDate(p.lastSeen)}${p.roles.length ? ` · ${p.roles.at(-1)}` : ''}`;
    li.append(name, ' ', count, ' ', last);
    li.addEventListener('click', () => void select(p.key));
    return li;
  });

  /** Redraws the list for the search box and sort order. */
  const refresh = async (): Promise<void> => {
    const started = performance.now();
    const text = query.value.trim();
    const order = sort.value as PeopleOrder;
    let source: RowSource<PersonRecord> = { total: 0, rows: async () => [] };
    let counted = (): void => {};
    if (!settings.remember) {
      $('off').hidden = false;
      $('total').textContent = '';
    } else if (text) {
      const found = await searchPeople(db, text, order);
      source = { total: found.length, rows: async (o, n) => found.slice(o, o + n) };
      $('total').textContent = `${found.length} ${found.length === 1 ? 'person' : 'people'} named “${text}”`;
    } else {
      // Counting 50,000 records takes IndexedDB a while: the first rows are shown, then the count asked.
      source = { total: 100, rows: (o, n) => listPeople(db, order, o, n) };
      counted = () => void countPeople(db).then((total) => {
        if (query.value.trim() || sort.value !== order) return;
        list.setTotal(total);
        $('total').textContent = `${total} ${total === 1 ? 'person' : 'people'} remembered`;
      });
    }
    await list.show(source);
    counted();
    document.body.dataset.renderMs = String(performance.now() - started);
    document.body.dataset.openMs ??= String(performance.now());
    document.body.dataset.ready = 'true';
  };

  /** After a change to the memory: the list again, and the selected person (if still there). */
  const changed = async (): Promise<void> => {
    await refresh();
    if (selected) await select(selected);
  };
  const actions: PersonActions = {
    forgetPerson: async (key) => { await forgetPerson(db, key); await changed(); },
    forgetArticle: async (url) => { await forgetArticle(db, url); await changed(); },
    forgetSite: async (site) => { await forgetSite(db, site); await changed(); },
    split: async (key, urls) => { await splitPerson(db, key, urls); await changed(); },
    find: (text) => searchPeople(db, text, 'count'),
    merge: async (into, other) => { await mergePeople(db, into, [other]); await changed(); },
  };
  const select = async (key: string): Promise<void> => {
    selected = key;
    for (const li of document.querySelectorAll('#people [data-person]')) li.setAttribute('aria-selected', String(li.getAttribute('data-person') === key));
    const found = settings.remember ? await personTimeline(db, key) : null;
    if (!found) {
      selected = null;
      personBox.replaceChildren();
      return;
    }
    renderPerson(personBox, found.person, found.articles, actions);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (query.value.trim()) url.searchParams.set('q', query.value.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void refresh();
    }, 80);
  });
  sort.addEventListener('change', () => void refresh());
  $('turn-on').addEventListener('click', () => void writeMemorySettings({ remember: true, noticeSeen: true }).then(() => location.reload()));
  dataControls(db, changed);

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  if (params.get('sort') === 'recent') sort.value = 'recent';
  if (settings.remember) await forgetOlderThan(db, settings.retentionDays, Date.now());
  await refresh();
}

main().catch((e: unknown) => {
  $('total').textContent = `Dramatis could not open its memory: ${(e as Error).message}`;
});
