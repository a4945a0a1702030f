// What the first bytes say about a file: its container and, for WAV, the header that maps bytes to
// time. A file that claims to be WAV but whose header lies is refused here (WavHeaderError), before
// any comparison places edits by that header.
import { isWavSignature, parseWavHeader, type WavHeader } from '../media/containers/wav-header.ts';

/** Leading bytes to capture for describeFile: covers WAV headers with large metadata chunks. */
export const HEAD_CAPTURE_BYTES = 1024 * 1024;

export interface FileDescription {
  container: string | null;
  duration: number | null;
  wav: WavHeader | null;
}

export function describeFile(head: Uint8Array, fileSize: number): FileDescription {
  if (!isWavSignature(head)) return { container: null, duration: null, wav: null };
  const wav = parseWavHeader(head, fileSize);
  // Compressed WAV (ADPCM, GSM, MP3 inside): bytes are not time, so its packets place edits instead.
  if (wav.format === 'other') return { container: 'wav', duration: null, wav: null };
  return { container: 'wav', duration: wav.duration, wav };
}

/**
 * Where chunking restarts: the start and end of a WAV file's audio data. Headers and metadata then
 * sit in chunks of their own, so a copy with a changed header (every cut changes its sizes) still
 * shares every audio chunk, even when compared against a fingerprint file alone.
 */
export function chunkBoundaries(description: FileDescription, fileSize: number): number[] {
  const wav = description.wav;
  if (!wav) return [];
  return [wav.dataOffset, wav.dataOffset + wav.dataBytes].filter((b) => b > 0 && b < fileSize);
}
