// The `pcm` section of a WAV's fingerprint file (shared/fingerprint/pcm-blocks.ts), hashed with
// node:crypto over the data chunk in large reads: a second pass over the samples, about half a
// second for an hour of CD-quality stereo.
import { createHash } from 'node:crypto';
import { pcmBlockFrames, PcmBlockHasher, pcmDataRange, type PcmBlocks } from '../../shared/fingerprint/pcm-blocks.ts';
import type { WavHeader } from '../../shared/media/containers/wav-header.ts';
import { readAt, type OpenedInput } from './open-input.ts';

const READ_BYTES = 8 * 1024 * 1024;

export async function pcmBlocksOf(input: OpenedInput, wav: WavHeader): Promise<PcmBlocks | undefined> {
  const blockFrames = pcmBlockFrames(wav);
  if (blockFrames === null) return undefined;
  const hasher = new PcmBlockHasher(wav, blockFrames, (bytes) => createHash('sha256').update(bytes).digest());
  const [start, end] = pcmDataRange(wav);
  for (let at = start; at < end; at += READ_BYTES) hasher.update(await readAt(input, at, Math.min(READ_BYTES, end - at)));
  return hasher.finish();
}
