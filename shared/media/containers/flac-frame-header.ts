// FLAC frame headers (RFC 9639 §9.1). A FLAC frame does not state its length, so the reader finds
// where one ends by finding the next header; the header's CRC-8 and its frame number make a false
// match in the compressed data very unlikely.
export interface FlacFrameHeader {
  /** Bytes of the header including its CRC-8. */
  length: number;
  /** Frame number (fixed block size) or first sample number (variable block size). */
  number: number;
  variable: boolean;
  /** Samples in this frame, or 0 when the header says "use STREAMINFO" (it never does for frames). */
  blockSize: number;
  /** The header's own sample rate, 0 when it defers to STREAMINFO. */
  sampleRate: number;
  /** The raw bytes 2 and 3 (block size, rate, channels, depth), equal across a stream's frames but for the block size. */
  layout: number;
}

const RATES = [0, 88200, 176400, 192000, 8000, 16000, 22050, 24000, 32000, 44100, 48000, 96000];

function crc8(b: Uint8Array, from: number, to: number): number {
  let crc = 0;
  for (let i = from; i < to; i++) {
    crc ^= b[i]!;
    for (let k = 0; k < 8; k++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** The header at `b[i]` (needs up to 16 bytes), or null when there is no valid one there. */
export function parseFlacFrameHeader(b: Uint8Array, i: number): FlacFrameHeader | null {
  if (b.length < i + 6 || b[i] !== 0xff || (b[i + 1]! & 0xfe) !== 0xf8) return null;
  const sizeCode = b[i + 2]! >> 4;
  const rateCode = b[i + 2]! & 15;
  const channels = b[i + 3]! >> 4;
  const depth = (b[i + 3]! >> 1) & 7;
  if (sizeCode === 0 || rateCode === 15 || channels > 10 || depth === 3 || (b[i + 3]! & 1) !== 0) return null;
  let p = i + 4;
  const lead = b[p]!;
  let extra = lead < 0x80 ? 0 : lead < 0xc0 ? -1 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : lead < 0xf8 ? 3 : lead < 0xfc ? 4 : lead < 0xfe ? 5 : lead === 0xfe ? 6 : -1;
  if (extra < 0) return null;
  let number = extra === 0 ? lead : lead & (0x3f >> extra);
  p++;
  for (; extra > 0; extra--, p++) {
    const c = b[p];
    if (c === undefined || (c & 0xc0) !== 0x80) return null;
    number = number * 64 + (c & 0x3f);
  }
  let blockSize = sizeCode === 1 ? 192 : sizeCode <= 5 ? 576 << (sizeCode - 2) : sizeCode >= 8 ? 256 << (sizeCode - 8) : 0;
  if (sizeCode === 6) blockSize = (b[p++] ?? 0) + 1;
  else if (sizeCode === 7) {
    blockSize = (((b[p] ?? 0) << 8) | (b[p + 1] ?? 0)) + 1;
    p += 2;
  }
  let sampleRate = RATES[rateCode] ?? 0;
  if (rateCode === 12) sampleRate = (b[p++] ?? 0) * 1000;
  else if (rateCode === 13 || rateCode === 14) {
    sampleRate = (((b[p] ?? 0) << 8) | (b[p + 1] ?? 0)) * (rateCode === 14 ? 10 : 1);
    p += 2;
  }
  if (p >= b.length || crc8(b, i, p) !== b[p]) return null;
  return {
    length: p + 1 - i,
    number,
    variable: (b[i + 1]! & 1) === 1,
    blockSize,
    sampleRate,
    layout: ((b[i + 2]! & 15) << 8) | b[i + 3]!,
  };
}
