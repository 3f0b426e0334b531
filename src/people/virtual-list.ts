/**
 * A virtualized list: only the rows in view (and a few either side) exist in the DOM, whatever the
 * total, so 50,000 people cost what 30 do. Rows come from an async source, a page at a time.
 */

/** The rows to render for a scroll position (pure): [first, end) with `overscan` rows either side. */
export function visibleRange(scrollTop: number, viewHeight: number, rowHeight: number, total: number, overscan = 8): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return [first, Math.max(first, end)];
}

/** Where rows come from: how many there are, and rows [offset, offset + limit). */
export interface RowSource<T> {
  total: number;
  rows(offset: number, limit: number): Promise<T[]>;
}

/**
 * Rows asked of a source at a time: a screenful with its overscan (800 px of 52 px rows, and 8 either
 * side), so the first screen costs one small read; a taller window asks for two pages.
 */
export const ROWS_PAGE = 30;

/** Renders a RowSource into `viewport` (a scrolling element), row by row with `render`. */
export class VirtualList<T> {
  private pages = new Map<number, Promise<T[]>>();
  private rows: RowSource<T>['rows'] = async () => [];
  private source: RowSource<T> = { total: 0, rows: async () => [] };
  private readonly spacer: HTMLElement;
  private drawn = 0;

  constructor(private readonly viewport: HTMLElement, private readonly list: HTMLElement, private readonly rowHeight: number,
    private readonly render: (row: T, index: number) => HTMLElement) {
    this.spacer = viewport.ownerDocument.createElement('div');
    this.spacer.className = 'spacer';
    this.spacer.setAttribute('aria-hidden', 'true');
    viewport.append(this.spacer);
    viewport.addEventListener('scroll', () => void this.draw(), { passive: true });
  }

  /** Changes the number of rows (once a slow count arrives) without losing the scroll position. */
  setTotal(total: number): void {
    this.source = { ...this.source, total };
    this.spacer.style.height = `${total * this.rowHeight}px`;
    void this.draw();
  }

  /** Shows a new source from the top; resolves once the first rows are in the DOM. */
  async show(source: RowSource<T>): Promise<void> {
    this.source = source;
    this.rows = source.rows;
    this.pages.clear();
    this.viewport.scrollTop = 0;
    this.spacer.style.height = `${source.total * this.rowHeight}px`;
    await this.draw();
  }

  private page(n: number): Promise<T[]> {
    let p = this.pages.get(n);
    if (!p) this.pages.set(n, (p = this.rows(n * ROWS_PAGE, ROWS_PAGE)));
    return p;
  }

  private async draw(): Promise<void> {
    const ticket = ++this.drawn;
    const source = this.source;
    const [first, end] = visibleRange(this.viewport.scrollTop, this.viewport.clientHeight || 600, this.rowHeight, source.total);
    const pages: T[][] = [];
    for (let n = Math.floor(first / ROWS_PAGE); n * ROWS_PAGE < end; n++) pages[n] = await this.page(n);
    if (ticket !== this.drawn) return; // a newer draw won
    const items: HTMLElement[] = [];
    for (let i = first; i < end; i++) {
      const row = pages[Math.floor(i / ROWS_PAGE)]?.[i % ROWS_PAGE];
      if (row === undefined) continue;
      const item = this.render(row, i);
      item.style.top = `${i * this.rowHeight}px`;
      item.style.height = `${this.rowHeight}px`;
      items.push(item);
    }
    this.list.replaceChildren(...items);
  }
}
