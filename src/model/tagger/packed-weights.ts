import { base64Bytes, littleEndianWords } from './base64-bytes';
import { featureHash } from './feature-hash';
import type { TagScorer } from './perceptron';

/**
 * The shipped weights as `npm run train` writes them (weights.json): the features' 48-bit hashes
 * (`featureHash`) in ascending order, split into a 32-bit key and a 16-bit check, how many non-zero
 * weights each feature has, and those weights, each one 16-bit word `(weight + PAIR_BIAS) << 4 | tag`.
 * All four are little-endian arrays in base64. 1.3 MB of text (0.9 MB gzipped) against the 2.5 MB
 * object it replaces, and it decodes into typed arrays in milliseconds where parsing that object and
 * filling 73,000 properties took ~120 ms in Chromium.
 */
export interface PackedWeights {
  tags: string[];
  keys: string;
  checks: string;
  counts: string;
  pairs: string;
}

/** Added to each weight (|weight| ≤ 1000, see `PerceptronTrainer.averaged`) to store it unsigned in 12 bits. */
export const PAIR_BIAS = 2048;
const BUCKET_BITS = 16;

/**
 * A scorer over packed weights. Decoding builds two small indexes: where each feature's weights start,
 * and where each value of a key's top 16 bits starts (65,536 buckets for 73,000 keys), so that a
 * look-up reads one or two keys rather than bisecting.
 */
export function unpackWeights(data: PackedWeights): TagScorer {
  const keys = littleEndianWords(base64Bytes(data.keys), Uint32Array);
  const checks = littleEndianWords(base64Bytes(data.checks), Uint16Array);
  const counts = base64Bytes(data.counts);
  const pairs = littleEndianWords(base64Bytes(data.pairs), Uint16Array);
  const n = keys.length;
  const starts = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i]! + counts[i]!;
  const buckets = new Uint32Array((1 << BUCKET_BITS) + 1);
  for (let i = 0, b = 0; b < buckets.length; b++) {
    while (i < n && keys[i]! >>> (32 - BUCKET_BITS) < b) i++;
    buckets[b] = i;
  }
  /** The index of a feature's entry, or -1 for a feature the model has no weight for. */
  const find = (feature: string): number => {
    const hash = featureHash(feature);
    const key = (hash / 65536) >>> 0;
    const check = hash - key * 65536;
    const bucket = key >>> (32 - BUCKET_BITS);
    for (let j = buckets[bucket]!, end = buckets[bucket + 1]!; j < end; j++) if (keys[j] === key && checks[j] === check) return j;
    return -1;
  };
  return {
    tags: data.tags,
    score(features, scores) {
      scores.fill(0);
      for (let f = 0; f < features.length; f++) {
        const j = find(features[f]!);
        if (j < 0) continue;
        for (let k = starts[j]!, end = starts[j + 1]!; k < end; k++) {
          const pair = pairs[k]!;
          scores[pair & 15]! += (pair >>> 4) - PAIR_BIAS;
        }
      }
    },
  };
}
