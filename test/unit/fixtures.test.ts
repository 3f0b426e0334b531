// Every page fixture, annotated in jsdom with the shipped model: the same expectations the
// end-to-end tests check in real browsers, without layout. (Pages whose own scripts render the
// article run in the browsers only; test/unit/live-annotator.test.ts covers the same in jsdom.)
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../src/content/annotator';
import { expectAnnotations, fixtures, shippedModel } from '../support/fixtures';
import { snapshotPage } from '../support/page-snapshot';

const model = shippedModel();

describe.each(fixtures().filter((f) => !f.expected.live))('fixture $name', ({ html, expected }) => {
  it('annotates exactly the expected mentions and quotes, and nothing else', () => {
    const { window } = new JSDOM(html);
    const doc = window.document;
    const original = doc.body.textContent;
    const alignment = new Annotator(doc, model).run(doc.body);
    expect([alignment.paragraphsTotal - alignment.missing.length, alignment.paragraphsTotal]).toEqual(expected.paragraphs);
    expectAnnotations(snapshotPage(doc, expected.untouched), expected, model, original!);
  });

  it('finds the section headings in order', () => {
    const { window } = new JSDOM(html);
    const annotator = new Annotator(window.document, model);
    annotator.run(window.document.body);
    const outline = annotator.outline();
    expect(outline.sections.map((s) => s.heading)).toEqual(expected.sections);
    expect(outline.sections.every((s) => s.found)).toBe(true);
    for (const s of outline.sections) expect(annotator.elementOf(s.block)?.textContent).toBe(s.heading);
  });

  it('undoes every change: the body is byte for byte what it was', () => {
    const { window } = new JSDOM(html);
    const doc = window.document;
    const before = doc.body.outerHTML;
    const firstText = doc.createTreeWalker(doc.body, 4).nextNode();
    const annotator = new Annotator(doc, model);
    annotator.run(doc.body);
    expect(doc.body.outerHTML).not.toBe(before);
    annotator.undo();
    expect(doc.body.outerHTML).toBe(before);
    expect(doc.createTreeWalker(doc.body, 4).nextNode()).toBe(firstText);
  });
});
