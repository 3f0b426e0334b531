// Every page fixture, annotated in jsdom with the shipped model: the same expectations the
// end-to-end tests check in real browsers, without layout. (Pages whose own scripts render the
// article run in the browsers only; test/unit/live-annotator.test.ts covers the same in jsdom.)
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../src/content/annotator';
import { extractArticle } from '../../src/content/extract-article';
import { buildModelFromParts } from '../../src/model/builder/build-model';
import type { ArticleModel } from '../../src/model/types';
import { expectAnnotations, fixtures, modelFor, type Expected } from '../support/fixtures';
import { snapshotPage } from '../support/page-snapshot';

/** The shipped model; or, for a generic page, the model built from the page as the content script does. */
function modelOf(doc: Document, expected: Expected): ArticleModel {
  if (!expected.generic) return modelFor(expected);
  const built = buildModelFromParts(extractArticle(doc)!);
  // Built from the page, it is the same as the gold article's model built from its text.
  expect(built.actors).toEqual(modelFor(expected).actors);
  return built;
}

describe.each(fixtures().filter((f) => !f.expected.live))('fixture $name', ({ html, expected }) => {
  it('annotates exactly the expected mentions and quotes, and nothing else', () => {
    const { window } = new JSDOM(html);
    const doc = window.document;
    const model = modelOf(doc, expected);
    const original = doc.body.textContent;
    const alignment = new Annotator(doc, model).run(doc.body);
    expect([alignment.paragraphsTotal - alignment.missing.length, alignment.paragraphsTotal]).toEqual(expected.paragraphs);
    expectAnnotations(snapshotPage(doc, expected.untouched), expected, model, original!);
  });

  it('finds the section headings in order', () => {
    const { window } = new JSDOM(html);
    const annotator = new Annotator(window.document, modelOf(window.document, expected));
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
    const annotator = new Annotator(doc, modelOf(doc, expected));
    annotator.run(doc.body);
    expect(doc.body.outerHTML).not.toBe(before);
    annotator.undo();
    expect(doc.body.outerHTML).toBe(before);
    expect(doc.createTreeWalker(doc.body, 4).nextNode()).toBe(firstText);
  });
});
