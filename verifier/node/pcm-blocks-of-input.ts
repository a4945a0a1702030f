// The `pcm` section of a WAV's fingerprint file (shared/fingerprint/pcm-blocks.ts), hashed with
// node:crypto over the data chunk in large reads: a second pass over the samples, about half a
// second for an hour of CD-quality stereo.
import { createHash } from 'node:crypto';
import { blockCount, blockRange, pcmBlockFrames, PCM_HASH_BYTES, type PcmBlocks } from '../../shared/fingerprint/pcm-blocks.ts';
import type { WavHeader } from '../../shared/media/wav-header.ts';
import { readAt, type OpenedInput } from './open-input.ts';

const READ_BLOCKS = 2048;

export async function pcmBlocksOf(input: OpenedInput, wav: WavHeader): Promise<PcmBlocks | undefined> {
  const blockFrames = pcmBlockFrames(wav);
  if (blockFrames === null) return undefined;
  const count = blockCount(wav, blockFrames);
  const hashes = new Uint8Array(count * PCM_HASH_BYTES);
  for (let first = 0; first < count; first += READ_BLOCKS) {
    const last = Math.min(count, first + READ_BLOCKS) - 1;
    const start = blockRange(wav, blockFrames, first)[0];
    const bytes = await readAt(input, start, blockRange(wav, blockFrames, last)[1] - start);
    for (let k = first; k <= last; k++) {
      const [s, e] = blockRange(wav, blockFrames, k);
      const digest = createHash('sha256').update(bytes.subarray(s - start, e - start)).digest();
      hashes.set(digest.subarray(0, PCM_HASH_BYTES), k * PCM_HASH_BYTES);
    }
  }
  return { blockFrames, hashes };
}
