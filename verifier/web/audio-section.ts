// The perceptual audio section in the browser, decoded by decode-audio.ts. Web Audio decodes a file
// whole, in memory (the file itself, then about 20 MB per minute of 44.1 kHz stereo), so only
// recordings up to MAX_DECODE_SECONDS and MAX_DECODE_BYTES are decoded here; larger ones are left
// to the CLI, which streams. As in the CLI,
// only files of a known container get a section, and one the browser cannot decode simply has none
// (the byte and packet layers still compare it).
import { writeAudioSection } from '../../shared/audio/section.ts';
import type { Fingerprint } from '../../shared/fingerprint/fingerprint.ts';
import { fingerprintAudioInBrowser } from './decode-audio.ts';

export const MAX_DECODE_SECONDS = 20 * 60;
export const MAX_DECODE_BYTES = 512 * 1024 * 1024;

export type AudioOutcome = 'added' | 'too-long' | 'none';

/** Adds `fingerprint.audio` for `file` when it can. */
export async function addAudioSection(fingerprint: Fingerprint, file: File): Promise<AudioOutcome> {
  const { container, duration } = fingerprint.file;
  if (fingerprint.audio !== undefined) return 'added';
  if (container === null || duration === null) return 'none';
  if (duration > MAX_DECODE_SECONDS || file.size > MAX_DECODE_BYTES) return 'too-long';
  try {
    const audio = await fingerprintAudioInBrowser(await file.arrayBuffer(), file.name);
    if (audio.sampleCount === 0) return 'none';
    fingerprint.audio = writeAudioSection(audio);
    return 'added';
  } catch {
    return 'none';
  }
}
