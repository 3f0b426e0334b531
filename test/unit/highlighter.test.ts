// The highlighter in jsdom: wraps exactly the given spans across element boundaries, nests mentions
// inside quotes, never changes the text, and undoes everything.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/matching/align';
import { Highlighter } from '../../src/content/highlighter';
import { readPageText } from '../../src/content/page-text';
import { URGENT_DONE } from '../../src/matching/steps';

const mention = (text: string, word: string, actor = 'x', from = 0): Annotation => {
  const start = text.indexOf(word, from);
  return { kind: 'mention', actor, start, end: start + word.length };
};
const quote = (text: string, words: string): Annotation => {
  const start = text.indexOf(words);
  return { kind: 'quote', speaker: 's', quote: 'q0', start, end: start + words.length };
};

function setup(html: string) {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const page = readPageText(doc.body);
  return { doc, page, h: new Highlighter(doc), before: doc.body.innerHTML, text: doc.body.textContent };
}

describe('Highlighter', () => {
  it.each<[string, string, (t: string) => Annotation[], string]>([
    ['a name in plain text', '<p>Hi Ann Lee.</p>', (t) => [mention(t, 'Ann Lee')],
      '<p>Hi <dramatis-mention data-actor="x" tabindex="-1">Ann Lee</dramatis-mention>.</p>'],
    ['a name inside a link', '<p>Hi <a href="/a">Ann Lee</a>!</p>', (t) => [mention(t, 'Ann Lee')],
      '<p>Hi <a href="/a"><dramatis-mention data-actor="x" tabindex="-1">Ann Lee</dramatis-mention></a>!</p>'],
    ['a name split over two spans', '<p><span>Ann Le</span><span>e said</span></p>', (t) => [mention(t, 'Ann Lee')],
      '<p><span><dramatis-mention data-actor="x" tabindex="-1">Ann Le</dramatis-mention></span><span><dramatis-mention data-actor="x" tabindex="-1">e</dramatis-mention> said</span></p>'],
    ['a name over two whole spans, in one element', '<p>Hi <span>Ann</span> <span>Lee</span>.</p>', (t) => [mention(t, 'Ann Lee')],
      '<p>Hi <dramatis-mention data-actor="x" tabindex="-1"><span>Ann</span> <span>Lee</span></dramatis-mention>.</p>'],
    ['a name half in bold, in one element', '<p>Ann <b>Lee</b>’s view</p>', (t) => [mention(t, 'Ann Lee')],
      '<p><dramatis-mention data-actor="x" tabindex="-1">Ann <b>Lee</b></dramatis-mention>’s view</p>'],
    ['a mention inside a quote', '<p>He said “ask Lee now.”</p>', (t) => [quote(t, 'ask Lee now'), mention(t, 'Lee')],
      '<p>He said “<dramatis-quote data-speaker="s" data-quote="q0" tabindex="-1">ask <dramatis-mention data-actor="x" tabindex="-1">Lee</dramatis-mention> now</dramatis-quote>.”</p>'],
    ['a quote across an emphasis', '<p>“a <em>big</em> win”</p>', (t) => [quote(t, 'a big win')],
      '<p>“<dramatis-quote data-speaker="s" data-quote="q0" tabindex="-1">a </dramatis-quote><em><dramatis-quote data-speaker="s" data-quote="q0" tabindex="-1">big</dramatis-quote></em><dramatis-quote data-speaker="s" data-quote="q0" tabindex="-1"> win</dramatis-quote>”</p>'],
    ['a quote inside a quote, the inner one its own speaker’s', '<p>“I said, ‘go now.’ They went.”</p>',
      (t) => [quote(t, 'I said, ‘go now.’ They went'), { kind: 'quote', speaker: 't', quote: 'q1', start: t.indexOf('go now'), end: t.indexOf('go now') + 6 }],
      '<p>“<dramatis-quote data-speaker="s" data-quote="q0" tabindex="-1">I said, ‘</dramatis-quote><dramatis-quote data-speaker="t" data-quote="q1" tabindex="-1">go now</dramatis-quote><dramatis-quote data-speaker="s" data-quote="q0" tabindex="-1">.’ They went</dramatis-quote>.”</p>'],
  ])('wraps %s', (_, html, spans, out) => {
    const { doc, page, h, text } = setup(html);
    h.apply(page, spans(page.text));
    expect(doc.body.innerHTML).toBe(out);
    expect(doc.body.textContent).toBe(text);
  });

  it.each([
    ['split text nodes', '<p id="p">Lee met <b>Ann Lee</b> and Lee.</p>'],
    ['grouped elements', '<p id="p">Lee met <i>Ann</i> <b>Lee</b> and Lee.</p>'],
  ])('undo restores the markup and the very nodes the page held (%s)', (_, html) => {
    const { doc, page, h, before } = setup(html);
    const nodes = [...doc.getElementById('p')!.childNodes];
    const t = page.text;
    h.apply(page, [mention(t, 'Lee'), mention(t, 'Ann Lee'), mention(t, 'Lee', 'x', t.lastIndexOf('Lee'))]);
    expect(doc.querySelectorAll('dramatis-mention')).toHaveLength(3);
    h.undo();
    expect(doc.body.innerHTML).toBe(before);
    expect([...doc.getElementById('p')!.childNodes]).toEqual(nodes);
    expect(h.size).toBe(0);
  });

  it('describes each annotation for screen readers in an attribute, adding no text to the page', () => {
    const doc = new JSDOM('<body><p>Hi Ann.</p></body>').window.document;
    const page = readPageText(doc.body);
    const text = doc.body.textContent;
    new Highlighter(doc, (a) => (a.kind === 'mention' ? `${a.actor}, Mayor` : null)).apply(page, [mention(page.text, 'Ann', 'ann')]);
    expect(doc.querySelector('dramatis-mention')!.getAttribute('aria-description')).toBe('ann, Mayor');
    expect(doc.body.textContent).toBe(text);
  });

  it('marks its own nodes so that observers can ignore them', () => {
    const { doc, page, h } = setup('<p>Hi Ann.</p>');
    h.apply(page, [mention(page.text, 'Ann')]);
    expect(h.owns(doc.querySelector('dramatis-mention')!)).toBe(true);
    expect(h.owns(doc.querySelector('p')!)).toBe(false);
  });
});

describe('readPageText', () => {
  it.each([
    ['blocks are separated, inline elements are not', '<p>a <b>b</b></p><p>c</p>', 'a b\nc'],
    ['a line break separates', '<p>one.<br><br>two.</p>', 'one.\ntwo.'],
    ['scripts, styles and page furniture are left out', '<nav>menu</nav><p>x</p><script>y</script><aside>z</aside><figure><figcaption>cap</figcaption></figure>', 'x'],
    ['hidden parts are left out', '<p hidden>h</p><div aria-hidden="true">a</div><p>v</p>', 'v'],
  ])('%s', (_, html, text) => {
    const { page } = setup(html);
    expect(page.text).toBe(text);
    page.nodes.forEach((n, i) => expect(page.text.slice(page.starts[i], page.starts[i]! + n.data.length)).toBe(n.data));
  });
});

describe('Highlighter, on screen first', () => {
  it.each([
    ['the first paragraph on screen', { from: 0, to: 0 }, 1],
    ['the second on screen', { from: 1, to: 1 }, 1],
    ['both on screen', { from: 0, to: 1 }, 2],
  ])('%s: wraps those before it yields URGENT_DONE, then the rest', (_, urgent, first) => {
    const { doc, page, h } = setup('<p>Ann Lee came.</p><p>Then Ann Lee left.</p>');
    const names = [mention(page.text, 'Ann Lee'), mention(page.text, 'Ann Lee', 'x', page.text.indexOf('Then'))];
    const steps = h.applySteps(page, names, urgent);
    let r = steps.next();
    while (!r.done && r.value !== URGENT_DONE) r = steps.next();
    const wrapped = (): number[] => [...doc.querySelectorAll('p')].map((p) => p.querySelectorAll('dramatis-mention').length);
    expect(wrapped().reduce((a, b) => a + b, 0)).toBe(first);
    expect(wrapped()[urgent.from]).toBe(1);
    while (!steps.next().done);
    expect(wrapped()).toEqual([1, 1]);
  });
});
