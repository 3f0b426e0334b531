/**
 * The tagger's data as imported: the extension's bundle carries it as a string (scripts/lazy-json.mjs,
 * so that pages which never build a model never parse it); under Node and the tests it is the object.
 */
export function fromBundledJson<T>(data: unknown): T {
  return (typeof data === 'string' ? JSON.parse(data) : data) as T;
}
