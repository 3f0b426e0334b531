/**
 * The people page (`people.html`, `people.html?q=TEXT`): everyone the reader has read about, found by
 * name, sorted by how often or how recently, in a virtualized list; a person's timeline beside it; and
 * export, import and forget everything. It reads the memory's IndexedDB directly (same origin as the
 * background that writes it). With remembering off it lists nobody.
 */
import { openMemory, type MemoryDb } from '../memory/db';
import { findPeople, peopleByKey, personTimeline, type PeopleOrder } from '../memory/store-read';
import { forgetArticle, forgetOlderThan, forgetPerson, forgetSite, mergePeople, splitPerson } from '../memory/store-write';
import type { PersonSummary } from '../memory/types';
import { readMemorySettings, writeMemorySettings } from '../platform/browser';
import { shortDate } from '../content/card-memory';
import { renderPerson, type PersonActions } from './person-view';
import { VirtualList } from './virtual-list';
import { peopleView, type PeopleView } from './people-source';
import { dataControls } from './data-controls';

const ROW_HEIGHT = 52;
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

async function main(): Promise<void> {
  const query = $<HTMLInputElement>('q');
  const sort = $<HTMLSelectElement>('sort');
  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  if (params.get('sort') === 'recent') sort.value = 'recent';
  // The first rows are read while the settings are on their way (reading writes nothing; with
  // remembering off they are dropped unseen), so opening costs the slower of the two, not their sum.
  const opening = openMemory();
  const early = opening.then((d) => peopleView(d, query.value.trim(), sort.value as PeopleOrder));
  early.catch(() => {}); // its error, if any, is the one `refresh` meets again
  const [settings, db]: [Awaited<ReturnType<typeof readMemorySettings>>, MemoryDb] = await Promise.all([readMemorySettings(), opening]);
  const personBox = $('person');
  let selected: string | null = null;

  const list = new VirtualList<PersonSummary>($('viewport'), $('people'), ROW_HEIGHT, (p) => {
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

  /** Redraws the list for the search box and sort order (`ready`: the view already read for them). */
  const refresh = async (ready?: Promise<PeopleView>): Promise<void> => {
    const started = performance.now();
    const text = query.value.trim();
    const order = sort.value as PeopleOrder;
    let view: PeopleView = { source: { total: 0, rows: async () => [] }, label: '' };
    if (!settings.remember) $('off').hidden = false;
    else view = await (ready ?? peopleView(db, text, order));
    $('total').textContent = view.label;
    await list.show(view.source);
    void view.count?.().then((total) => {
      if (query.value.trim() || sort.value !== order) return;
      list.setTotal(total);
      $('total').textContent = `${total} ${total === 1 ? 'person' : 'people'} remembered`;
    });
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
    // The merge box shows the first few matches: only those are read whole.
    find: async (text) => peopleByKey(db, (await findPeople(db, text, 'count')).slice(0, 9)),
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

  await refresh(early);
  // Retention after the first rows, not before: the background already forgets what is too old when
  // it starts and before each article it records, so here there is rarely anything to do, and when
  // there is the list is drawn again a moment later without it.
  if (settings.remember && (await forgetOlderThan(db, settings.retentionDays, Date.now())) > 0) await changed();
}

main().catch((e: unknown) => {
  $('total').textContent = `Dramatis could not open its memory: ${(e as Error).message}`;
});
