// A Matroska Block or SimpleBlock: track number, 16-bit relative timestamp, flags, and with lacing
// several frames in one block (Xiph, EBML or fixed-size lacing, Matroska spec §10.3).
import { readVint } from './ebml.ts';

export interface BlockFrames {
  track: number;
  /** Relative to the cluster timestamp, in TimestampScale units. */
  relativeTime: number;
  /** [offset, size] of each frame, relative to the block's data start. */
  frames: [number, number][];
}

/** Parses the head of a block of `blockSize` bytes whose first bytes are `b`; null when malformed. */
export function parseBlock(b: Uint8Array, blockSize: number): BlockFrames | null {
  const track = readVint(b, 0, true);
  if (!track || b.length < track.length + 3) return null;
  let pos = track.length;
  const relative = ((b[pos]! << 8) | b[pos + 1]!) << 16 >> 16;
  const lacing = (b[pos + 2]! >> 1) & 3;
  pos += 3;
  if (lacing === 0) return { track: track.value, relativeTime: relative, frames: [[pos, blockSize - pos]] };
  const count = (b[pos++] ?? -1) + 1;
  if (count <= 0) return null;
  const sizes: number[] = [];
  if (lacing === 1) {
    for (let k = 0; k < count - 1; k++) {
      let size = 0;
      let byte: number | undefined;
      do {
        byte = b[pos++];
        if (byte === undefined) return null;
        size += byte;
      } while (byte === 255);
      sizes.push(size);
    }
  } else if (lacing === 3) {
    const first = readVint(b, pos, true);
    if (!first) return null;
    pos += first.length;
    sizes.push(first.value);
    for (let k = 1; k < count - 1; k++) {
      const diff = readVint(b, pos, true);
      if (!diff) return null;
      pos += diff.length;
      const size = sizes[k - 1]! + diff.value - (2 ** (7 * diff.length - 1) - 1);
      if (size < 0) return null;
      sizes.push(size);
    }
  }
  const rest = blockSize - pos;
  if (lacing === 2) {
    if (rest % count !== 0) return null;
    for (let k = 0; k < count - 1; k++) sizes.push(rest / count);
  }
  const used = sizes.reduce((a, s) => a + s, 0);
  if (used > rest) return null;
  sizes.push(rest - used);
  const frames: [number, number][] = [];
  for (const size of sizes) {
    frames.push([pos, size]);
    pos += size;
  }
  return { track: track.value, relativeTime: relative, frames };
}
