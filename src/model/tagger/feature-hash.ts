/**
 * A feature string's 48-bit key: a 32-bit FNV-1a hash (the sorted, searched key) and 16 bits of a
 * second, independent multiplicative hash (the check), as one safe integer `key * 65536 + check`.
 *
 * Why hashes: the shipped weights then need no strings, so they load as typed arrays in a millisecond
 * rather than as a 70,000-property object. Why 48 bits: with 73,000 stored features a feature the model
 * never saw matches one by accident once in ~4 billion look-ups (32 bits alone: once in ~60,000, a few
 * per article); `npm run train` checks that no two stored features share a key and that the tagger
 * tags every corpus token as the exact weights do. Both hashes end in murmur3's finalizer so that the
 * top bits, which pick the look-up bucket, depend on every character.
 */
export function featureHash(feature: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < feature.length; i++) {
    const c = feature.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return mix(a) * 65536 + (mix(b) >>> 16);
}

/** murmur3's 32-bit finalizer: every input bit flips about half the output bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
