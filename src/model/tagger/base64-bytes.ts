/**
 * Decodes base64 to bytes: natively where the browser has `Uint8Array.fromBase64` (Chrome 140,
 * Firefox 133: about a millisecond for the tagger's 1.3 MB), else through `atob` and a loop (older
 * browsers and Node 20, a few milliseconds more).
 */
export function base64Bytes(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Little-endian bytes as 16- or 32-bit unsigned integers: a view, no copy, on little-endian machines
 * (every browser's in practice); read value by value otherwise, and when the bytes are not aligned.
 */
export function littleEndianWords<T extends Uint16Array | Uint32Array>(bytes: Uint8Array, kind: { new (n: number): T; new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T {
  const size = kind.BYTES_PER_ELEMENT;
  const n = Math.floor(bytes.length / size);
  if (LITTLE_ENDIAN && bytes.byteOffset % size === 0) return new kind(bytes.buffer as ArrayBuffer, bytes.byteOffset, n);
  const out = new kind(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < n; i++) out[i] = size === 2 ? view.getUint16(i * 2, true) : view.getUint32(i * 4, true);
  return out;
}
