import { CARD_TAG, FLASH_TAG, MENTION_TAG, QUOTE_TAG } from './own-tags';

/** Quiet time after the page's last change before Dramatis looks again. */
export const SETTLE_MS = 200;
/** Re-annotations allowed in a window before the watcher decides it is fighting the page and stops. */
const MAX_RUNS = 20;
const RUN_WINDOW_MS = 10_000;

const OURS = new Set([MENTION_TAG, QUOTE_TAG, CARD_TAG, FLASH_TAG].map((t) => t.toUpperCase()));
const isOurs = (n: Node): boolean => n.nodeType === 1 && OURS.has((n as Element).tagName);

/**
 * Watches a live page (an article that renders late, is re-rendered wholesale, or grows) and calls
 * `settled` once it has been quiet for SETTLE_MS; `settled` says whether it re-annotated. Records of
 * our own elements are ignored. If the page keeps changing in answer to us, it gives up rather than loop.
 */
export class PageWatcher {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: MutationObserver | null;
  private runs: number[] = [];

  constructor(
    private readonly root: Element,
    private readonly settled: () => Promise<boolean>,
    private readonly owns: (node: Node) => boolean,
    signal: AbortSignal,
  ) {
    const View = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    this.observer = View ? new View.MutationObserver((records) => this.onMutations(records)) : null;
    this.observe();
    signal.addEventListener('abort', () => this.stop());
  }

  private observe(): void {
    this.observer?.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  private foreign(r: MutationRecord): boolean {
    if (r.type === 'characterData') return !this.owns(r.target);
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.some((n) => !isOurs(n) && !this.owns(n));
  }

  private onMutations(records: MutationRecord[]): void {
    if (!records.some((r) => this.foreign(r))) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), SETTLE_MS);
  }

  /**
   * Runs `settled`. The observer stays on (work is spread over several tasks, and the page may change
   * meanwhile); our own changes wake it at most once more, and `settled` then finds nothing to do.
   */
  async run(): Promise<void> {
    const now = Date.now();
    this.runs = this.runs.filter((t) => now - t < RUN_WINDOW_MS);
    if (this.runs.length >= MAX_RUNS) {
      console.warn('Dramatis: this page keeps changing; live updates are off for it.');
      return this.stop();
    }
    if (await this.settled()) this.runs.push(now);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
    this.observer = null;
  }
}
