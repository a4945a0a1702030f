// The perceptual audio section in the browser. A worker streams the file through WebCodecs (or
// reads WAV's PCM directly), so memory stays flat for any length of recording. When that path
// cannot decode a file (no WebCodecs, a codec it lacks, a container the readers do not know),
// decodeAudioData does, but Web Audio decodes a file whole, in memory (the file itself, then about
// 20 MB per minute of 44.1 kHz stereo), so only recordings up to MAX_DECODE_SECONDS and
// MAX_DECODE_BYTES go that way; larger ones are left to the CLI. As in the CLI, only files of a
// known container get a section, and one the browser cannot decode simply has none (the byte and
// packet layers still compare it).
import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { writeAudioSection } from '../../../shared/audio/section.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { decodeAudioInWorker } from './decode-audio-job.ts';
import { DecodeCancelledError } from './decode-worker-run.ts';
import type { DecodeProgress } from './decode-audio-stream.ts';
import { fingerprintAudioInBrowser } from './decode-audio.ts';
import type { MediaPackets } from '../hashing/media-transfer.ts';

export const MAX_DECODE_SECONDS = 20 * 60;
export const MAX_DECODE_BYTES = 512 * 1024 * 1024;

export type AudioOutcome = 'added' | 'too-long' | 'none' | 'cancelled';

export interface AudioSectionOptions {
  /** The file's container as the fingerprint pass read it, so the decoding need not read it again. */
  media?: MediaPackets | null;
  onProgress?: DecodeProgress;
  /** Aborting it stops the decoding; the outcome is then 'cancelled'. */
  signal?: AbortSignal;
}

/** Adds `fingerprint.audio` for `file` when it can. */
export async function addAudioSection(fingerprint: Fingerprint, file: File, options: AudioSectionOptions = {}): Promise<AudioOutcome> {
  const { container, duration } = fingerprint.file;
  if (fingerprint.audio !== undefined) return 'added';
  if (container === null || duration === null) return 'none';
  let audio: AudioFingerprint | null = null;
  try {
    audio = await decodeAudioInWorker(file, options.media ?? null, options.onProgress ?? (() => {}), options.signal);
  } catch (error) {
    if (error instanceof DecodeCancelledError) return 'cancelled';
  }
  if (audio === null) {
    if (duration > MAX_DECODE_SECONDS || file.size > MAX_DECODE_BYTES) return 'too-long';
    try {
      audio = await fingerprintAudioInBrowser(await file.arrayBuffer(), file.name);
    } catch {
      return 'none';
    }
    if (options.signal?.aborted) return 'cancelled';
  }
  if (audio.sampleCount === 0) return 'none';
  fingerprint.audio = writeAudioSection(audio);
  return 'added';
}
