// The `pcm` section for a WAV chosen in the page (shared/fingerprint/pcm-blocks.ts): the data chunk
// read again in slices and each 20 ms block hashed, so the page's fingerprint file places edits to
// a block, as the CLI's does. A second pass over the samples, only for PCM and float WAV.
import { sha256 } from '@noble/hashes/sha2.js';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { pcmBlockFrames, PcmBlockHasher, pcmDataRange } from '../../../shared/fingerprint/pcm-blocks.ts';

const SLICE_BYTES = 4 * 1024 * 1024;

/** @param signal aborting it stops between slices, leaving the section out */
export async function addPcmSection(fingerprint: Fingerprint, file: Blob, signal?: AbortSignal): Promise<void> {
  const wav = fingerprint.file.wav;
  const blockFrames = wav && pcmBlockFrames(wav);
  if (!wav || !blockFrames || fingerprint.pcm) return;
  const hasher = new PcmBlockHasher(wav, blockFrames, sha256);
  const [start, end] = pcmDataRange(wav);
  for (let at = start; at < end; at += SLICE_BYTES) {
    if (signal?.aborted) return;
    hasher.update(new Uint8Array(await file.slice(at, Math.min(end, at + SLICE_BYTES)).arrayBuffer()));
  }
  fingerprint.pcm = hasher.finish();
}
