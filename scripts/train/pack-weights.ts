/**
 * Packs the trainer's sparse weights into the shipped format (`PackedWeights`, read by
 * src/model/tagger/packed-weights.ts): features by their 48-bit hash, in ascending order, each with its
 * non-zero weights as 16-bit words. Deterministic, like the training: same weights, same text.
 */
import { featureHash } from '../../src/model/tagger/feature-hash';
import { PAIR_BIAS, type PackedWeights } from '../../src/model/tagger/packed-weights';
import type { PerceptronWeights } from '../../src/model/tagger/perceptron';

/** @throws Error if two features share a hash (then change the hash's seeds) or a weight does not fit. */
export function packWeights(model: PerceptronWeights): PackedWeights {
  const entries = Object.entries(model.weights).map(([feature, pairs]) => ({ feature, hash: featureHash(feature), pairs }));
  entries.sort((a, b) => a.hash - b.hash);
  const keys = Buffer.alloc(entries.length * 4);
  const checks = Buffer.alloc(entries.length * 2);
  const counts = Buffer.alloc(entries.length);
  const pairs = Buffer.alloc(entries.reduce((n, e) => n + e.pairs.length, 0));
  let at = 0;
  entries.forEach((e, i) => {
    if (i > 0 && entries[i - 1]!.hash === e.hash) throw new Error(`features ${entries[i - 1]!.feature} and ${e.feature} share a hash`);
    const key = Math.floor(e.hash / 65536);
    keys.writeUInt32LE(key, i * 4);
    checks.writeUInt16LE(e.hash - key * 65536, i * 2);
    counts.writeUInt8(e.pairs.length / 2, i);
    for (let k = 0; k < e.pairs.length; k += 2) {
      const [tag, weight] = [e.pairs[k]!, e.pairs[k + 1]!];
      if (tag > 15 || Math.abs(weight) >= PAIR_BIAS) throw new Error(`feature ${e.feature}: tag ${tag}, weight ${weight} do not fit 16 bits`);
      pairs.writeUInt16LE(((weight + PAIR_BIAS) << 4) | tag, at);
      at += 2;
    }
  });
  const b64 = (b: Buffer): string => b.toString('base64');
  return { tags: [...model.tags], keys: b64(keys), checks: b64(checks), counts: b64(counts), pairs: b64(pairs) };
}
