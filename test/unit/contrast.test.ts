// Text colours against their backgrounds, in both themes, meet WCAG AA (4.5:1 for body text).
// Each pair is checked to still be in the stylesheet, so the table cannot drift from the CSS.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '../../src/content/card-style';

const popupCss = readFileSync('src/popup/popup.css', 'utf8');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('contrast', () => {
  it.each([
    ['card text, light', CARD_CSS, '#1f2937', '#ffffff'],
    ['card role and counts, light', CARD_CSS, '#4b5563', '#ffffff'],
    ['card label, light', CARD_CSS, '#6d28d9', '#ffffff'],
    ['card text, dark', CARD_CSS, '#e5e7eb', '#1f2937'],
    ['card role and counts, dark', CARD_CSS, '#cbd5e1', '#1f2937'],
    ['card label, dark', CARD_CSS, '#c4b5fd', '#1f2937'],
    ['popup text, light', popupCss, '#1f2937', '#ffffff'],
    ['popup muted, light', popupCss, '#4b5563', '#ffffff'],
    ['popup accent, light', popupCss, '#6d28d9', '#ffffff'],
    ['popup text, dark', popupCss, '#e5e7eb', '#111827'],
    ['popup muted, dark', popupCss, '#cbd5e1', '#111827'],
    ['popup accent, dark', popupCss, '#c4b5fd', '#111827'],
  ])('%s', (_, css, fg, bg) => {
    expect(css).toContain(fg);
    expect(css).toContain(bg);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
