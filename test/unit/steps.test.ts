// Pausable work: slicing, the switch to idle time once the urgent part is done, and a page's letter
// key built in slices equal to the one built at once.
import { describe, expect, it } from 'vitest';
import { letterKey, letterKeySteps } from '../../src/matching/normalize';
import { drain, drive, FRAME_TARGET_MS, IDLE_SLICE_MAX_STEPS, nextSliceSteps, URGENT_DONE, type Steps } from '../../src/matching/steps';

function* work(log: string[]): Steps<string> {
  log.push('on screen');
  yield URGENT_DONE;
  for (const part of ['a', 'b', 'c']) {
    log.push(part);
    yield;
  }
  return 'done';
}

describe('drive', () => {
  it('pauses at once when the urgent part is done, then runs the rest in idle time', async () => {
    const log: string[] = [];
    const result = await drive(work(log), {
      budgetMs: 1000,
      pause: async () => void log.push('pause'),
      idle: async () => {
        log.push('idle');
        return 50;
      },
    });
    expect(result).toBe('done');
    // One idle pause after the urgent part; the rest fits in one idle slice of a 1 s budget.
    expect(log).toEqual(['on screen', 'idle', 'a', 'b', 'c']);
  });

  it('ends an idle slice after IDLE_SLICE_MAX_STEPS steps however fast they run, so one frame lays out one slice', async () => {
    function* many(): Steps<number> {
      yield URGENT_DONE;
      for (let i = 0; i < IDLE_SLICE_MAX_STEPS * 3; i++) yield;
      return 1;
    }
    let idles = 0;
    await drive(many(), { budgetMs: 1000, pause: async () => {}, idle: async () => (idles++, 50) });
    // One pause after the urgent part, then one after each IDLE_SLICE_MAX_STEPS steps.
    expect(idles).toBe(1 + 3);
  });

  it('sizes the next idle slices by what the frames after them cost', async () => {
    function* many(): Steps<number> {
      yield URGENT_DONE;
      for (let i = 0; i < 40; i++) yield;
      return 1;
    }
    const sizes: number[] = [];
    let last = 0;
    let steps = 0;
    function* counted(): Steps<number> {
      const inner = many();
      for (;;) {
        const r = inner.next();
        if (r.done) return r.value;
        steps++;
        yield r.value;
      }
    }
    // Every frame costs twice the target: each slice halves, down to the floor of two steps.
    await drive(counted(), { budgetMs: 1000, pause: async () => {}, idle: async () => (sizes.push(steps - last), (last = steps), 50), frameCost: () => FRAME_TARGET_MS * 2 });
    expect(sizes.slice(1, 4)).toEqual([IDLE_SLICE_MAX_STEPS, Math.max(2, IDLE_SLICE_MAX_STEPS / 2), Math.max(2, IDLE_SLICE_MAX_STEPS / 4)]);
  });

  it.each([
    ['a cheap frame lets the next slice grow', 4, FRAME_TARGET_MS / 2, 8],
    ['a costly frame shrinks it', 8, FRAME_TARGET_MS * 2, 4],
    ['never below two steps', 2, FRAME_TARGET_MS * 10, 2],
    ['never above sixteen', 12, 1, 16],
    ['no frame measured (a hidden tab) changes nothing', 6, 0, 6],
  ])('nextSliceSteps: %s', (_, steps, frameMs, expected) => expect(nextSliceSteps(steps, frameMs)).toBe(expected));

  it('stops, resolving null, when cancelled', async () => {
    expect(await drive(work([]), { budgetMs: 0, pause: async () => {}, idle: async () => 0, cancelled: () => true })).toBeNull();
  });

  it('runs the same steps to the end synchronously with drain', () => {
    expect(drain(work([]))).toBe('done');
  });
});

describe('letterKeySteps', () => {
  const long = 'Donald Trump’s envoy, Steve Witkoff — said: «Ça va», 2025!\n'.repeat(3000);
  it.each([
    ['empty', ''],
    ['short', 'Hello, World!'],
    ['long, over several chunks', long],
    ['no whitespace at all', 'x'.repeat(70_000)],
  ])('%s: equals letterKey', (_, text) => {
    expect(drain(letterKeySteps(text))).toBe(letterKey(text));
  });
});
