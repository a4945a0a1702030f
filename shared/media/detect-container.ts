// Which container a file is, from its first bytes (64 are enough for nearly every file; pass
// DETECT_BYTES so that an MP3 or ADTS stream behind leading zero bytes, as some recorders and broken
// transfers leave, is found too) and, only where the bytes cannot tell (a raw MP3 without ID3 looks
// like ADTS for one byte), its name.
import { amrMagicLength } from './containers/amr-packets.ts';
import { parseAdtsHeader } from './containers/adts-packets.ts';
import { parseMpegAudioHeader } from './containers/mpeg-audio-frame.ts';
import { ascii, u32be } from './source-reader.ts';
import type { ContainerName } from './types.ts';

/** Leading bytes worth passing to detectContainer. */
export const DETECT_BYTES = 4096;

const MP4_BOXES = new Set(['ftyp', 'moov', 'mdat', 'free', 'skip', 'wide', 'moof', 'styp', 'pnot']);

export function detectContainer(first: Uint8Array, name: string): ContainerName {
  const magic = ascii(first, 0, 4);
  if ((magic === 'RIFF' || magic === 'RF64') && ascii(first, 8, 4) === 'WAVE') return 'wav';
  if (magic === 'OggS') return 'ogg';
  if (magic === 'fLaC') return 'flac';
  if (u32be(first, 0) === 0x1a45dfa3) return /matroska/.test(ascii(first, 0, 64)) ? 'matroska' : 'webm';
  const box = ascii(first, 4, 4);
  if (box === 'ftyp' || (MP4_BOXES.has(box) && u32be(first, 0) >= 8)) return 'mp4';
  if (amrMagicLength(first) > 0) return 'amr';
  const lower = name.toLowerCase();
  if (magic.startsWith('ID3')) {
    if (lower.endsWith('.aac')) return 'adts';
    return lower.endsWith('.flac') ? 'flac' : 'mp3';
  }
  if (parseAdtsHeader(first, 0) && !lower.endsWith('.mp3')) return 'adts';
  if (parseMpegAudioHeader(first, 0)) return 'mp3';
  const lead = leadingZeros(first);
  if (lead > 0 && lead < first.length) {
    const behind = detectContainer(first.subarray(lead), name);
    if (behind === 'mp3' || behind === 'adts') return behind;
  }
  return 'unknown';
}

/** How many zero bytes the bytes start with. */
export function leadingZeros(bytes: Uint8Array): number {
  let n = 0;
  while (n < bytes.length && bytes[n] === 0) n++;
  return n;
}
