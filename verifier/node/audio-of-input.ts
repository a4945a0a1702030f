// The perceptual audio section for a file whose container is known (WAV, or media the packet layer
// read): decoded by ffmpeg in a worker thread. A missing ffmpeg is an error that names the install
// command; a file ffmpeg cannot decode, or one without an audio stream, simply has no audio section
// (the byte and packet layers still compare it).
import { writeAudioSection, type AudioSection } from '../../shared/audio/section.ts';
import { findFfmpeg } from './decode-audio.ts';
import { fingerprintAudioFileInWorker } from './decode-audio-threaded.ts';
import { InputError } from './input-error.ts';

export interface AudioOptions {
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
  try {
    const fingerprint = await fingerprintAudioFileInWorker(path, {
      ffmpeg,
      ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
      onProgress: (p) => options.onProgress?.(p.decodedSeconds, p.durationSeconds),
    });
    return fingerprint.sampleCount > 0 ? writeAudioSection(fingerprint) : null;
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
}
