// A short moved stretch may hold no chunk that survived intact on either side (the chunks at both
// of its ends change), so alignment sees it as removed in one place and inserted in another. With
// both files at hand, a removed and an inserted stretch of the same length and the same bytes are
// one move.
import type { ByteSource } from '../media/byte-source.ts';
import type { Edit } from './report.ts';

const BLOCK = 64 * 1024;

export async function pairMoves(edits: readonly Edit[], original: ByteSource, copy: ByteSource): Promise<Edit[]> {
  const out = [...edits];
  for (let i = 0; i < out.length; i++) {
    const removed = out[i]!;
    if (removed.kind !== 'removed') continue;
    const [os, oe] = removed.original;
    for (let k = 0; k < out.length; k++) {
      const inserted = out[k]!;
      if (inserted.kind !== 'inserted' || inserted.from !== null) continue;
      const [cs, ce] = inserted.copy;
      if (ce - cs !== oe - os || !(await sameBytes(original, os, copy, cs, oe - os))) continue;
      out[k] = { kind: 'moved', original: removed.original, copy: inserted.copy };
      out.splice(i, 1);
      i--;
      break;
    }
  }
  return out;
}

async function sameBytes(a: ByteSource, aAt: number, b: ByteSource, bAt: number, length: number): Promise<boolean> {
  for (let n = 0; n < length; n += BLOCK) {
    const len = Math.min(BLOCK, length - n);
    const [x, y] = await Promise.all([a.read(aAt + n, len), b.read(bAt + n, len)]);
    for (let i = 0; i < len; i++) if (x[i] !== y[i]) return false;
  }
  return true;
}
