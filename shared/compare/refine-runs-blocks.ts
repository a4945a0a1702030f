// From a WAV's fingerprint file, with the copy at hand: chunk-granular runs are grown block by block
// (the `pcm` section's 20 ms blocks). A block of the original is equal in the copy when the copy's
// bytes at the run's shift hash to the block's hash; part of the block may lie inside the run,
// whose bytes the chunk hashes have shown equal. An edge then lies inside one block, not a chunk.
// Like refineRuns, runs are taken in copy order and grow only up to their neighbours.
import { sha256 } from '@noble/hashes/sha2.js';
import { blockCount, blockRange, sameBlock, type PcmBlocks } from '../fingerprint/pcm-blocks.ts';
import type { ByteSource } from '../media/byte-source.ts';
import type { WavHeader } from '../media/containers/wav-header.ts';
import type { ByteRun } from './byte-runs.ts';
import { mergeAdjacent, originalLimits } from './refine-runs.ts';

/** Whether block `k` of the original is in the copy at `shift` bytes from its place. */
export async function blockInCopy(wav: WavHeader, blocks: PcmBlocks, k: number, shift: number, copy: ByteSource): Promise<boolean> {
  const [s, e] = blockRange(wav, blocks.blockFrames, k);
  const bytes = await copy.read(s + shift, e - s);
  return bytes.length === e - s && sameBlock(blocks, k, bytes, sha256);
}

export async function refineRunsByBlocks(runs: readonly ByteRun[], wav: WavHeader, blocks: PcmBlocks, originalSize: number, copy: ByteSource): Promise<ByteRun[]> {
  const out = runs.map((r) => ({ ...r }));
  const kept = out.filter((r) => r.kind === 'kept').sort((x, y) => x.o - y.o);
  const count = blockCount(wav, blocks.blockFrames);
  const blockOf = (offset: number): number => Math.floor((offset - wav.dataOffset) / (blocks.blockFrames * wav.blockAlign));
  for (let i = 0; i < out.length; i++) {
    const run = out[i]!;
    const [oLo, oHi] = originalLimits(run, kept, originalSize);
    const cLo = i > 0 ? out[i - 1]!.c + out[i - 1]!.len : 0;
    const cHi = i + 1 < out.length ? out[i + 1]!.c : copy.size;
    const shift = run.c - run.o;
    for (let k = blockOf(run.o - 1); k >= 0 && k < count; k--) {
      const [s, e] = blockRange(wav, blocks.blockFrames, k);
      if (s < oLo || s + shift < cLo || e > run.o + run.len || !(await blockInCopy(wav, blocks, k, shift, copy))) break;
      run.len += run.o - s;
      run.o = s;
      run.c = s + shift;
    }
    for (let k = Math.max(0, blockOf(run.o + run.len)); k < count; k++) {
      const [s, e] = blockRange(wav, blocks.blockFrames, k);
      if (s < run.o || e > oHi || e + shift > cHi || !(await blockInCopy(wav, blocks, k, shift, copy))) break;
      run.len = e - run.o;
    }
  }
  return mergeAdjacent(out);
}
