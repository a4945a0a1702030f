// Decode a file and fingerprint its audio in one pass: the PCM never exists as a whole.

import { AudioFingerprinter, type AudioFingerprint } from '../../shared/audio/fingerprint.ts';
import { decodeAudio, type DecodeOptions } from './decode-audio.ts';

export async function fingerprintAudioFile(file: string, options: DecodeOptions = {}): Promise<AudioFingerprint> {
  const fingerprinter = new AudioFingerprinter();
  await decodeAudio(file, (pcm) => fingerprinter.update(pcm), options);
  return fingerprinter.finish();
}
