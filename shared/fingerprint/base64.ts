// Standard base64 (RFC 4648, with padding) for the fingerprint file's binary fields. Written here
// because shared code has neither Buffer nor a typed atob/btoa; decoding is strict (canonical
// input only), so one fingerprint has exactly one spelling.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const EQUALS = 61;
/**
 * The codes become one string in one call (and three times faster): built in 8 KiB pieces, each piece
 * stayed alive until they were joined, and three hours of video's sections (8 MB of base64) made V8
 * grow its young generation to its limit. Base64 is ASCII, which latin1 decodes as it is.
 */
const ASCII = new TextDecoder('latin1');

export function encodeBase64(bytes: Uint8Array): string {
  const codes = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  for (let i = 0, o = 0; i < bytes.length; i += 3, o += 4) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    codes[o] = CODES[(n >> 18) & 63]!;
    codes[o + 1] = CODES[(n >> 12) & 63]!;
    codes[o + 2] = i + 1 < bytes.length ? CODES[(n >> 6) & 63]! : EQUALS;
    codes[o + 3] = i + 2 < bytes.length ? CODES[n & 63]! : EQUALS;
  }
  return ASCII.decode(codes);
}

/**
 * Bytes a section holds as base64: JSON.stringify writes their base64 (toJSON), and the fingerprint
 * file's writer makes it a slice at a time (base64Slices), so a long field (three hours of sound: 5
 * MB) never becomes one string beside its bytes.
 */
export class Base64Bytes {
  constructor(readonly bytes: Uint8Array) {}

  toJSON(): string {
    return encodeBase64(this.bytes);
  }
}

/** A multiple of 3 bytes: each slice's base64 has no padding, so the slices' texts joined are the whole's. */
const SLICE_BYTES = 3 * 256 * 1024;

/** The base64 of `bytes` in pieces of at most 1 MiB of text. */
export function* base64Slices(bytes: Uint8Array): Generator<string> {
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) yield encodeBase64(bytes.subarray(at, at + SLICE_BYTES));
}

/** @returns the bytes, or null when `text` is not canonical padded base64 */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const v0 = value(text, i);
    const v1 = value(text, i + 1);
    const v2 = last && pad === 2 ? 0 : value(text, i + 2);
    const v3 = last && pad >= 1 ? 0 : value(text, i + 3);
    if ((v0 | v1 | v2 | v3) < 0) return null;
    // Canonical: the bits that padding drops must be zero.
    if (last && ((pad === 2 && (v1 & 15) !== 0) || (pad === 1 && (v2 & 3) !== 0))) return null;
    const n = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
    out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

function value(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code < 128 ? VALUE[code]! : -1;
}
