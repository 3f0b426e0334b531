import { FLASH_TAG } from './own-tags';

const FLASH_MS = 1200;

/**
 * Briefly marks an element the reader jumped to (a section, a quote) with an empty overlay, so the page
 * itself is not touched; content.css fades it out, or just shows it when the reader prefers reduced
 * motion.
 */
export function flash(el: Element): void {
  const doc = el.ownerDocument;
  const r = el.getBoundingClientRect();
  const mark = doc.createElement(FLASH_TAG);
  mark.setAttribute('aria-hidden', 'true');
  const style = (k: string, v: string): void => mark.style.setProperty(k, v, 'important');
  style('position', 'fixed');
  style('top', `${r.top - 4}px`);
  style('left', `${r.left - 6}px`);
  style('width', `${r.width + 12}px`);
  style('height', `${r.height + 8}px`);
  (doc.body ?? doc.documentElement).append(mark);
  doc.defaultView?.setTimeout(() => mark.remove(), FLASH_MS);
}
