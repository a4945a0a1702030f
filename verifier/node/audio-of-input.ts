// The perceptual audio section for a file whose container is known (WAV, or media the packet layer
// read): decoded by ffmpeg in a worker thread, as that container (decode-whitelist.ts). A missing
// ffmpeg is an error that names the install command; a file ffmpeg cannot decode, or one without an
// audio stream, simply has no audio section (the byte and packet layers still compare it). A file
// that decodes to a different length than its own packet table states holds more than one stream
// of sound, and which one a player plays is not ours to guess: that is an input error.
import { AUDIO_PARAMS } from '../../shared/audio/params.ts';
import { writeAudioSection, type AudioSection } from '../../shared/audio/section.ts';
import { findFfmpeg } from './decode-audio.ts';
import { fingerprintAudioFileInWorker } from './decode-audio-threaded.ts';
import { InputError } from './input-error.ts';

/** Decoders add or drop priming and padding (tens of ms); more than this is another stream. */
const DURATION_TOLERANCE_SECONDS = 0.5;
const DURATION_TOLERANCE_SHARE = 0.02;

export interface AudioOptions {
  /** The container the fingerprint pass detected, and the duration its packet table (or WAV header) states. */
  container?: string;
  duration?: number | null;
  /** Seconds decoded so far and the container's duration in seconds (null when ffmpeg does not know it). */
  onProgress?: (decodedSeconds: number, durationSeconds: number | null) => void;
  /** The bundled worker; tests pass their own build. */
  workerUrl?: URL;
}

export async function audioSectionOf(path: string, options: AudioOptions = {}): Promise<AudioSection | null> {
  let ffmpeg: string;
  try {
    ffmpeg = findFfmpeg();
  } catch (e) {
    throw new InputError(path, `cannot be decoded: ${(e as Error).message}`);
  }
  let fingerprint;
  try {
    fingerprint = await fingerprintAudioFileInWorker(path, {
      ffmpeg,
      ...(options.container ? { container: options.container } : {}),
      ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
      onProgress: (p) => options.onProgress?.(p.decodedSeconds, p.durationSeconds),
    });
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
  checkDuration(path, fingerprint.sampleCount / AUDIO_PARAMS.sampleRate, options.duration ?? null);
  return fingerprint.sampleCount > 0 ? writeAudioSection(fingerprint) : null;
}

function checkDuration(path: string, decoded: number, stated: number | null): void {
  if (stated === null) return;
  const tolerance = Math.max(DURATION_TOLERANCE_SECONDS, DURATION_TOLERANCE_SHARE * stated);
  if (Math.abs(decoded - stated) <= tolerance) return;
  throw new InputError(
    path,
    `decodes to ${decoded.toFixed(1)} s of sound, but its own packet table says ${stated.toFixed(1)} s: the file holds more than one stream of sound and cannot be compared`,
  );
}
