// The package types only its index; this is its readerable test on its own (a CommonJS default export).
declare module '@mozilla/readability/Readability-readerable.js' {
  /** Whether the document has enough visible paragraph text to be worth reading as an article. */
  export default function isProbablyReaderable(doc: Document, options?: { minContentLength?: number; minScore?: number }): boolean;
}
