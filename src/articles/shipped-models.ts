/**
 * The models shipped inside the extension, as raw JSON: the content script validates each before use,
 * so a malformed file is reported and skipped rather than trusted. Each is the builder's output for a
 * source listed in `sources.json` (`npm run models` rebuilds them; a test checks they are current).
 */
import seed from './seed.model.json';

export const SHIPPED_MODELS: readonly unknown[] = [seed];
