/**
 * What the people page's list shows for a search text and an order: where its rows come from, the
 * status line, and (for the whole list) how to count everyone. The first page of rows is read here, at
 * once, so the page can ask for it while its settings are still on their way.
 */
import type { MemoryDb } from '../memory/db';
import { countPeople, findPeople, listPeople, peopleByKey, type PeopleOrder } from '../memory/store-read';
import type { PersonSummary } from '../memory/types';
import { ROWS_PAGE, type RowSource } from './virtual-list';

/** A list to show: its rows, its status line, and (when slow to know) its total, asked later. */
export interface PeopleView {
  source: RowSource<PersonSummary>;
  label: string;
  count?: () => Promise<number>;
}

/** Everyone (no text) or the people whose names contain `text`, in `order`, with the first rows read. */
export async function peopleView(db: MemoryDb, text: string, order: PeopleOrder): Promise<PeopleView> {
  if (text) {
    // Only the keys, in order, are found at once; rows are read a page at a time, as they come into view.
    const found = await findPeople(db, text, order);
    const first = await peopleByKey(db, found.slice(0, ROWS_PAGE));
    return { source: { total: found.length, rows: async (o, n) => (o + n <= ROWS_PAGE ? first.slice(o, o + n) : peopleByKey(db, found.slice(o, o + n))) },
      label: `${found.length} ${found.length === 1 ? 'person' : 'people'} named “${text}”` };
  }
  const first = await listPeople(db, order, 0, ROWS_PAGE);
  // Counting 50,000 records takes IndexedDB a while: the first rows are shown, then the count asked.
  return {
    source: { total: first.length, rows: async (o, n) => (o + n <= ROWS_PAGE ? first.slice(o, o + n) : listPeople(db, order, o, n)) },
    label: '',
    count: () => countPeople(db),
  };
}
