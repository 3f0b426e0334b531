/**
 * An averaged perceptron over string features (Collins 2002): a linear model with one weight per
 * feature and tag, trained by correcting mistakes, averaged over every step so that late updates do
 * not dominate. Small, fast and deterministic — a good fit for tagging a page in a content script.
 */

/** Trained weights: the tag set, and per feature the non-zero weights as [tag index, weight] pairs flattened. */
export interface PerceptronWeights {
  tags: string[];
  weights: Record<string, number[]>;
}

/** What tagging needs of a model: its tags, and every tag's score for a word's features. */
export interface TagScorer {
  readonly tags: readonly string[];
  /** Fills `scores` (one per tag) with the sums of the features' weights. */
  score(features: readonly string[], scores: Float64Array): void;
}

/** A scorer over the trainer's sparse weights, looked up by string: the reference the shipped one must match. */
export function sparseScorer(model: PerceptronWeights): TagScorer {
  return { tags: model.tags, score: (features, scores) => scoreTags(model, features, scores) };
}

/** Scores every tag for a set of features with sparse weights. */
export function scoreTags(model: PerceptronWeights, features: readonly string[], scores: Float64Array): void {
  scores.fill(0);
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) scores[w[k]!]! += w[k + 1]!;
  }
}

/** The index of the highest score; ties go to the lower index (deterministic). */
export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  return best;
}

/** The trainer: dense weights with running totals for averaging. Used by `npm run train` only. */
export class PerceptronTrainer {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;

  constructor(readonly tags: readonly string[]) {}

  /** Scores with the current (not averaged) weights. */
  score(features: readonly string[], scores: Float64Array): void {
    scores.fill(0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < w.length; k++) scores[k]! += w[k]!;
    }
  }

  /** One training step: if the guess was wrong, move weight from the guess to the truth. */
  update(features: readonly string[], truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (const f of features) {
      this.bump(f, truth, 1);
      this.bump(f, guess, -1);
    }
  }

  private bump(f: string, tag: number, by: number): void {
    let w = this.weights.get(f);
    if (!w) {
      const n = this.tags.length;
      w = new Float64Array(n);
      this.weights.set(f, w);
      this.totals.set(f, new Float64Array(n));
      this.stamps.set(f, new Float64Array(n));
    }
    const total = this.totals.get(f)!;
    const stamp = this.stamps.get(f)!;
    total[tag]! += (this.step - stamp[tag]!) * w[tag]!;
    stamp[tag] = this.step;
    w[tag]! += by;
  }

  /**
   * The averaged weights, sparse, as integers scaled so that the largest is `range`; weights that round
   * below `minimum` are dropped. Only the ratios between weights matter to the argmax, so integers keep
   * the shipped file small at no measurable cost in accuracy.
   */
  averaged(range = 1000, minimum = 1): PerceptronWeights {
    const avg = new Map<string, Float64Array>();
    let max = 0;
    for (const [f, w] of this.weights) {
      const total = this.totals.get(f)!;
      const stamp = this.stamps.get(f)!;
      const a = new Float64Array(w.length);
      for (let k = 0; k < w.length; k++) {
        a[k] = (total[k]! + (this.step - stamp[k]!) * w[k]!) / this.step;
        max = Math.max(max, Math.abs(a[k]!));
      }
      avg.set(f, a);
    }
    const out: Record<string, number[]> = {};
    for (const f of [...avg.keys()].sort()) {
      const a = avg.get(f)!;
      const pairs: number[] = [];
      for (let k = 0; k < a.length; k++) {
        const r = Math.round((a[k]! / max) * range);
        if (Math.abs(r) >= minimum) pairs.push(k, r);
      }
      if (pairs.length) out[f] = pairs;
    }
    return { tags: [...this.tags], weights: out };
  }
}
