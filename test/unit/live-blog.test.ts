// The huge page: a live blog of 1,350 paragraphs. Every copy of every model paragraph is annotated,
// and the work yields often enough to be spread over short tasks.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../src/content/annotator';
import { drain } from '../../src/matching/steps';
import { liveBlogHtml } from '../support/live-blog';
import { shippedModel } from '../support/fixtures';

const model = shippedModel();
const ROUNDS = 150;

describe('live blog', () => {
  it('annotates every block that carries a model paragraph, in steps', () => {
    const doc = new JSDOM(liveBlogHtml(ROUNDS)).window.document;
    const annotator = new Annotator(doc, model);
    const steps = annotator.runSteps(doc.body);
    let pauses = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) pauses++;
    const paragraphs = model.sections.flatMap((s) => s.paragraphs);
    const perRound = paragraphs.reduce((n, p) => n + p.mentions.length, 0);
    expect(doc.querySelectorAll('article p')).toHaveLength(ROUNDS * paragraphs.length);
    expect(doc.querySelectorAll('dramatis-mention')).toHaveLength(ROUNDS * perRound);
    expect(new Set([...doc.querySelectorAll('dramatis-quote')].map((q) => q.closest('p')))).toHaveProperty('size', ROUNDS * new Set(model.quotes.map((q) => q.block)).size);
    // Every <p> that carries a name in the model carries a mention on the page.
    const named = paragraphs.filter((p) => p.mentions.length > 0).length;
    expect([...doc.querySelectorAll('article p')].filter((p) => p.querySelector('dramatis-mention'))).toHaveLength(ROUNDS * named);
    // It pauses at least once per hundred text nodes it wraps (the highlighter's step).
    expect(annotator.highlighter.size).toBeGreaterThan(1000);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(annotator.highlighter.size / 100));
  });

  it('leaves the same bulk alone when it carries no article', () => {
    const doc = new JSDOM(liveBlogHtml(20, true)).window.document;
    const alignment = drain(new Annotator(doc, model).runSteps(doc.body));
    expect(alignment.placements).toEqual([]);
    expect(doc.querySelectorAll('dramatis-mention, dramatis-quote')).toHaveLength(0);
  });
});
