import { CARD_CSS } from './card-style';
import { renderCard, type CardSubject } from './card-content';
import { CARD_TAG, MENTION_TAG, QUOTE_TAG } from './own-tags';
import { topObstruction } from './scroll-into-view';

const SHOW_DELAY = 150;
const HIDE_DELAY = 200;
const GAP = 6;

/** Gives the card its styles: a constructed sheet where allowed (untouched by CSP), else a <style>. */
function addStyles(doc: Document, root: ShadowRoot): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Older engines, or a sheet from another realm: fall back to a style element.
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}

/**
 * The hover card: shown after a short delay when a mention or quote is hovered or focused, kept while
 * the pointer moves onto it, placed inside the viewport (below the text, or above when there is no
 * room), closed on leave, blur and Escape. All listeners are removed when `signal` aborts.
 */
export class CardController {
  private host: HTMLElement | null = null;
  private current: Element | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | null = null;
  /** Whether the card was opened by keyboard focus rather than the pointer. */
  private byFocus = false;
  /** Bottom of the page's fixed header, measured once per card shown. */
  private ceiling: number | null = null;

  constructor(
    private readonly doc: Document,
    private readonly describe: (target: Element) => CardSubject | null,
    signal: AbortSignal,
    /** Called when the reader clicks a quote listed on a card. */
    private readonly goToQuote: (quoteId: string) => void = () => {},
  ) {
    const opts = { signal, capture: true } as const;
    const selector = `${MENTION_TAG}, ${QUOTE_TAG}`;
    // A mention inside a quote wins: the innermost annotation is the one the reader points at.
    const targetOf = (e: Event): Element | null => (e.target instanceof doc.defaultView!.Element ? e.target.closest(selector) : null);
    doc.addEventListener('mouseover', (e) => {
      if (this.host && e.composedPath().includes(this.host)) return this.cancel();
      const t = targetOf(e);
      // A card opened by keyboard focus stays until blur or Escape: focusing scrolls the page, and the
      // content passing under a resting pointer must not close it.
      if (!t && this.byFocus) return;
      this.byFocus = false;
      this.pointer = { x: (e as MouseEvent).clientX, y: (e as MouseEvent).clientY };
      if (t === this.current) this.cancel();
      else if (t) this.schedule(() => this.show(t), SHOW_DELAY);
      else if (this.current || this.timer) this.schedule(() => this.hide(), HIDE_DELAY);
    }, opts);
    doc.addEventListener('focusin', (e) => {
      const t = targetOf(e);
      if (!t) return;
      this.pointer = null;
      this.byFocus = true;
      this.schedule(() => this.show(t), SHOW_DELAY);
    }, opts);
    doc.addEventListener('focusout', (e) => {
      if (targetOf(e) && this.byFocus) {
        this.byFocus = false;
        this.schedule(() => this.hide(), HIDE_DELAY);
      }
    }, opts);
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && (this.current || this.timer)) this.hide();
    }, opts);
    doc.defaultView?.addEventListener('scroll', () => this.current && this.position(this.current), { signal, passive: true });
    signal.addEventListener('abort', () => this.remove());
  }

  private schedule(run: () => void, delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      run();
    }, delay);
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private show(target: Element): void {
    const subject = this.describe(target);
    if (!subject || !target.isConnected) return this.hide();
    const host = this.ensureHost();
    const root = host.shadowRoot!;
    root.querySelector('.card')?.remove();
    root.append(renderCard(this.doc, subject, (id) => {
      this.hide();
      this.goToQuote(id);
    }));
    this.ceiling = null;
    this.setHostStyle({ display: 'block' });
    this.current = target;
    this.position(target);
  }

  /** Hides the card. */
  hide(): void {
    this.cancel();
    this.byFocus = false;
    this.current = null;
    if (this.host) {
      this.setHostStyle({ display: 'none' });
      this.host.shadowRoot!.querySelector('.card')?.remove();
    }
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected) return this.host;
    const host = this.doc.createElement(CARD_TAG);
    // The card repeats what the annotations' descriptions already say to assistive technology.
    host.setAttribute('aria-hidden', 'true');
    addStyles(this.doc, host.attachShadow({ mode: 'open' }));
    this.host = host;
    this.setHostStyle({ position: 'fixed', 'z-index': '2147483647', top: '0', left: '0', margin: '0', display: 'none' });
    (this.doc.body ?? this.doc.documentElement).append(host);
    return host;
  }

  /**
   * Puts the card under the line of the target nearest the pointer, flipped above when it would
   * overflow the bottom, but never up under the page's own fixed header.
   */
  private position(target: Element): void {
    const host = this.host!;
    const view = this.doc.defaultView!;
    const rects = [...target.getClientRects()];
    const p = this.pointer;
    const line = (p && rects.find((r) => p.y >= r.top && p.y <= r.bottom)) || rects[0] || target.getBoundingClientRect();
    const card = host.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const vw = view.innerWidth;
    const vh = view.innerHeight;
    this.ceiling ??= topObstruction(this.doc) + GAP;
    const ceiling = this.ceiling;
    let top = line.bottom + GAP;
    if (top + card.height > vh - GAP && line.top - GAP - card.height >= ceiling) top = line.top - GAP - card.height;
    const left = Math.max(GAP, Math.min(line.left, vw - card.width - GAP));
    this.setHostStyle({ top: `${Math.max(GAP, top)}px`, left: `${left}px` });
  }

  /**
   * Inline and !important: the page's own CSS (even `* { all: revert !important }`) cannot move or
   * hide the card, and no style element is needed, which a strict CSP could block.
   */
  private setHostStyle(props: Record<string, string>): void {
    const style = this.host!.style;
    for (const [k, v] of Object.entries(props)) style.setProperty(k, v, 'important');
  }

  private remove(): void {
    this.cancel();
    this.host?.remove();
    this.host = null;
    this.current = null;
  }
}
