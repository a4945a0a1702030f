// One side given as a fingerprint file (JSON) rather than the recording: recognised by its first
// character, read with the shared validator, refused with one line naming the file.
import { validateAudioSection } from '../../../shared/audio/section.ts';
import { MAX_FINGERPRINT_FILE_BYTES, readFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { readPacketSection } from '../../../shared/media/packets/packet-section.ts';
import { readTrackSection } from '../../../shared/media/packets/track-section.ts';
import { readVideoSection } from '../../../shared/video/video-section.ts';

/** True when the file starts (after a byte-order mark or white space) with "{". */
export async function looksLikeJson(file: File): Promise<boolean> {
  const first = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  let i = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
  while (i < first.length && (first[i] === 0x20 || first[i] === 0x09 || first[i] === 0x0a || first[i] === 0x0d)) i++;
  return first[i] === 0x7b;
}

export async function readFingerprintJson(file: File): Promise<Fingerprint> {
  if (file.size > MAX_FINGERPRINT_FILE_BYTES) {
    throw new Error(`${file.name}: fingerprint file is larger than ${MAX_FINGERPRINT_FILE_BYTES / 1024 / 1024} MiB`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new Error(`${file.name}: fingerprint file is not valid UTF-8 text`);
  }
  try {
    return readFingerprintFile(text, { sections: { packets: readPacketSection, tracks: readTrackSection, video: readVideoSection, audio: validateAudioSection } });
  } catch (e) {
    throw new Error(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
