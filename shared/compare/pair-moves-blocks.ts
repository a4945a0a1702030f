// From a WAV's fingerprint file, with the copy at hand: a removed and an inserted stretch of about
// the same length whose blocks (the `pcm` section's) are all found in the inserted one, at one
// shift, are one move. The shift is searched within a block of where the lengths put it, since
// both stretches' edges are known only to a block.
import { sha256 } from '@noble/hashes/sha2.js';
import { blockRange, sameBlock, type PcmBlocks } from '../fingerprint/pcm-blocks.ts';
import type { ByteSource } from '../media/byte-source.ts';
import type { WavHeader } from '../media/containers/wav-header.ts';
import { blockInCopy } from './refine-runs-blocks.ts';
import type { Edit, Range } from './report.ts';

export async function pairMovesByBlocks(edits: readonly Edit[], wav: WavHeader, blocks: PcmBlocks, copy: ByteSource, copyWav: WavHeader): Promise<Edit[]> {
  const out = [...edits];
  const size = blocks.blockFrames * wav.blockAlign;
  for (let i = 0; i < out.length; i++) {
    const removed = out[i]!;
    if (removed.kind !== 'removed') continue;
    for (let k = 0; k < out.length; k++) {
      const inserted = out[k]!;
      if (inserted.kind !== 'inserted' || inserted.from !== null) continue;
      const lengths = removed.original[1] - removed.original[0] - (inserted.copy[1] - inserted.copy[0]);
      if (Math.abs(lengths) > 2 * size || !(await sameBlocks(removed.original, inserted.copy, wav, blocks, copy, copyWav.dataOffset))) continue;
      out[k] = { kind: 'moved', original: removed.original, copy: inserted.copy };
      out.splice(i, 1);
      i--;
      break;
    }
  }
  return out;
}

/** The original's whole blocks inside `original`, all in the copy at one shift near `copy`'s start. */
async function sameBlocks(original: Range, copyRange: Range, wav: WavHeader, blocks: PcmBlocks, copy: ByteSource, copyData: number): Promise<boolean> {
  const size = blocks.blockFrames * wav.blockAlign;
  const first = Math.ceil((original[0] - wav.dataOffset) / size);
  const last = Math.floor((original[1] - wav.dataOffset) / size) - 1;
  if (last < first) return false;
  const [s, e] = blockRange(wav, blocks.blockFrames, first);
  const expected = copyRange[0] + (s - original[0]);
  // Frames start at whole frames from the copy's data chunk: only those places are tried.
  const from = Math.max(copyData, copyData + Math.floor((expected - size - copyData) / wav.blockAlign) * wav.blockAlign);
  const window = await copy.read(from, 3 * size);
  let shift: number | null = null;
  for (let p = 0; p + (e - s) <= window.length && shift === null; p += wav.blockAlign) {
    if (sameBlock(blocks, first, window.subarray(p, p + e - s), sha256)) shift = from + p - s;
  }
  if (shift === null) return false;
  for (let k = first + 1; k <= last; k++) if (!(await blockInCopy(wav, blocks, k, shift, copy))) return false;
  return true;
}
