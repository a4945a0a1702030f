// ISO BMFF boxes (ISO/IEC 14496-12 §4.2): 32-bit size and type, a 64-bit size when the first is 1,
// "to the end of the file" when it is 0. Top-level boxes are walked over the ByteSource; the small
// ones a reader needs (moov, moof) are then read whole and their children walked in memory.
import { ascii, u32be, u64be, type SourceReader } from '../source-reader.ts';

export interface Box {
  type: string;
  /** File offset (top level) or offset within the parent's data (in memory) of the box start. */
  start: number;
  headerLength: number;
  /** Whole box, header included. */
  size: number;
}

export async function readBoxHeader(reader: SourceReader, offset: number, end: number): Promise<Box> {
  const h = await reader.bytes(offset, Math.min(16, end - offset));
  if (h.length < 8) reader.fail(offset, 'truncated box header');
  const size32 = u32be(h, 0);
  const type = ascii(h, 4, 4);
  let size = size32;
  let headerLength = 8;
  if (size32 === 1) {
    if (h.length < 16) reader.fail(offset, 'truncated 64-bit box size');
    size = u64be(h, 8);
    headerLength = 16;
  } else if (size32 === 0) size = end - offset;
  if (size < headerLength || offset + size > end) reader.fail(offset, `box "${printable(type)}" has an impossible size ${size}`);
  return { type, start: offset, headerLength, size };
}

/** The child boxes inside `b` (a box's data); stops at the first one that does not fit. */
export function childBoxes(b: Uint8Array): (Box & { data: Uint8Array })[] {
  const boxes: (Box & { data: Uint8Array })[] = [];
  let pos = 0;
  while (pos + 8 <= b.length) {
    let size = u32be(b, pos);
    let headerLength = 8;
    if (size === 1) {
      if (pos + 16 > b.length) break;
      size = u64be(b, pos + 8);
      headerLength = 16;
    } else if (size === 0) size = b.length - pos;
    if (size < headerLength || pos + size > b.length) break;
    boxes.push({ type: ascii(b, pos + 4, 4), start: pos, headerLength, size, data: b.subarray(pos + headerLength, pos + size) });
    pos += size;
  }
  return boxes;
}

/** The first descendant along a path of box types, e.g. child(moov, 'trak', 'mdia'). */
export function childBox(b: Uint8Array, ...path: string[]): Uint8Array | null {
  let current: Uint8Array | null = b;
  for (const type of path) {
    if (!current) return null;
    current = childBoxes(current).find((box) => box.type === type)?.data ?? null;
  }
  return current;
}

function printable(type: string): string {
  return type.replace(/[^\x20-\x7e]/g, '?');
}
