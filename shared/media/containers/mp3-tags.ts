// Tags around MP3 audio: ID3v2 at the start (possibly several, possibly with a footer), APE and ID3v1
// at the end. Readers skip them so only frames become packets.
import { ascii, u32le, type SourceReader } from '../source-reader.ts';

/** Offset just after the ID3v2 tags at `offset` (itself when there is none). */
export async function skipId3v2(reader: SourceReader, offset: number): Promise<number> {
  let pos = offset;
  for (;;) {
    reader.step(pos);
    const h = await reader.peek(pos, 10);
    if (h.length < 10 || ascii(h, 0, 3) !== 'ID3') return pos;
    // Sizes are syncsafe: 7 bits per byte. A set top bit means this is not a tag after all.
    if (((h[6]! | h[7]! | h[8]! | h[9]!) & 0x80) !== 0) return pos;
    const size = (h[6]! << 21) | (h[7]! << 14) | (h[8]! << 7) | h[9]!;
    const footer = h[5]! & 0x10 ? 10 : 0;
    pos += 10 + size + footer;
  }
}

/** Offset where trailing APE and ID3v1 tags begin (the file size when there are none). */
export async function tagsAtEnd(reader: SourceReader, start: number): Promise<number> {
  let end = reader.size;
  if (end - 128 >= start) {
    const v1 = await reader.peek(end - 128, 3);
    if (ascii(v1, 0, 3) === 'TAG') end -= 128;
  }
  if (end - 32 >= start) {
    const ape = await reader.peek(end - 32, 32);
    if (ascii(ape, 0, 8) === 'APETAGEX') {
      const size = u32le(ape, 12);
      const hasHeader = (ape[23]! & 0x80) !== 0;
      const total = size + (hasHeader ? 32 : 0);
      if (total >= 32 && end - total >= start) end -= total;
    }
  }
  return end;
}
