import { CARD_MEMORY_CSS } from './card-memory';

/** Styles of the hover card, scoped by its shadow root so page CSS cannot reach in (nor ours out). */
export const CARD_CSS = `
:host { all: initial; }
.card { box-sizing: border-box; width: max-content; max-width: min(340px, calc(100vw - 16px)); padding: 12px 14px;
  border-radius: 10px; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #1f2937; background: #ffffff; border: 1px solid #d1d5db; box-shadow: 0 8px 24px rgba(0,0,0,.18); }
.name { font-weight: 650; font-size: 15px; color: #111827; }
.role { color: #4b5563; margin-top: 1px; }
.meta { color: #4b5563; font-size: 12.5px; margin-top: 6px; }
.label { margin-top: 10px; font-size: 11.5px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: #6d28d9; }
ul { margin: 4px 0 0; padding: 0; list-style: none; }
li { margin: 4px 0 0; padding-left: 10px; border-left: 3px solid #c4b5fd; font-style: italic; }
.quote-link { all: unset; cursor: pointer; font-style: italic; }
.quote-link:hover, .quote-link:focus-visible { text-decoration: underline; }
@media (prefers-color-scheme: dark) {
  .card { color: #e5e7eb; background: #1f2937; border-color: #374151; box-shadow: 0 8px 24px rgba(0,0,0,.5); }
  .name { color: #f9fafb; }
  .role, .meta { color: #cbd5e1; }
  .label { color: #c4b5fd; }
  li { border-left-color: #7c3aed; }
}
${CARD_MEMORY_CSS}`;
