/**
 * What the script injected into every page needs of the shipped models to recognise their articles:
 * each one's fingerprint and its people's surnames, and nothing else. Named imports of a JSON file's
 * top-level keys let esbuild leave the rest of the model (sections, quotes, offsets) out of the
 * everywhere-script; the full models load with the article part, only on a page that passes.
 * Keep the order of `shipped-models.ts`: the index of a match there picks the full model.
 */
import { actors as seedActors, fingerprint as seedFingerprint } from './seed.model.json';

/** A shipped model as far as recognising its article goes. */
export interface ShippedFingerprint {
  fingerprint: readonly string[];
  actors: readonly { surname: string }[];
}

export const SHIPPED_FINGERPRINTS: readonly ShippedFingerprint[] = [
  { fingerprint: seedFingerprint, actors: seedActors.map((a) => ({ surname: a.surname })) },
];
