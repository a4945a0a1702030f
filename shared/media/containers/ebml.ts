// EBML (RFC 8794), the encoding under Matroska and WebM: variable-length IDs and sizes. Sizes of all
// ones mean "unknown", which browsers' MediaRecorder writes for the Segment and every Cluster.
import type { SourceReader } from '../source-reader.ts';

export const UNKNOWN_SIZE = -1;

export interface EbmlHeader {
  id: number;
  /** Bytes of the element's data, or UNKNOWN_SIZE. */
  size: number;
  /** Bytes of ID and size fields. */
  headerLength: number;
}

/** A variable-length integer at `b[i]`: its length and value (marker bit removed when `strip`). */
export function readVint(b: Uint8Array, i: number, strip: boolean): { length: number; value: number; allOnes: boolean } | null {
  const first = b[i];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (i + length > b.length) return null;
  let value = strip ? first & (0xff >> length) : first;
  let allOnes = value === 0xff >> length;
  for (let k = 1; k < length; k++) {
    const byte = b[i + k]!;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { length, value, allOnes };
}

function parseEbmlHeader(b: Uint8Array, i: number): EbmlHeader | null {
  const id = readVint(b, i, false);
  if (!id || id.length > 4) return null;
  const size = readVint(b, i + id.length, true);
  if (!size) return null;
  return { id: id.value, size: size.allOnes ? UNKNOWN_SIZE : size.value, headerLength: id.length + size.length };
}

/** Longest ID (4) plus longest size (8). */
export const EBML_HEADER_MAX = 12;

export async function readEbmlHeader(reader: SourceReader, offset: number): Promise<EbmlHeader> {
  return ebmlHeaderIn(reader, offset, await reader.peek(offset, EBML_HEADER_MAX), 0);
}

/** The element header at `bytes[at]` (the file's `offset`), or a MediaError. */
export function ebmlHeaderIn(reader: SourceReader, offset: number, bytes: Uint8Array, at: number): EbmlHeader {
  const header = parseEbmlHeader(bytes, at);
  if (!header) reader.fail(offset, 'invalid EBML element header');
  return header;
}

/** The child elements of an element whose data is in memory. */
export function ebmlChildren(b: Uint8Array): { id: number; data: Uint8Array }[] {
  const children: { id: number; data: Uint8Array }[] = [];
  let pos = 0;
  while (pos < b.length) {
    const h = parseEbmlHeader(b, pos);
    if (!h || h.size === UNKNOWN_SIZE) break;
    const start = pos + h.headerLength;
    children.push({ id: h.id, data: b.subarray(start, Math.min(start + h.size, b.length)) });
    pos = start + h.size;
  }
  return children;
}

export function ebmlUint(b: Uint8Array): number {
  let v = 0;
  for (const byte of b) v = v * 256 + byte;
  return v;
}

export function ebmlFloat(b: Uint8Array): number {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return b.length === 4 ? view.getFloat32(0) : b.length === 8 ? view.getFloat64(0) : 0;
}

export function ebmlString(b: Uint8Array): string {
  let s = '';
  for (const byte of b) {
    if (byte === 0) break;
    s += String.fromCharCode(byte);
  }
  return s;
}
