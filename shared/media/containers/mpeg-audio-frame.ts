// MPEG-1/2/2.5 audio frame headers (ISO 11172-3, 13818-3; MPEG 2.5 as LAME writes it): the size and
// sample count of one frame, which is all a reader needs to walk an MP3 file frame by frame.
export interface MpegAudioFrame {
  /** 1, 2 or 2.5 */
  version: number;
  layer: 1 | 2 | 3;
  sampleRate: number;
  channels: 1 | 2;
  /** Whole frame, header included. */
  size: number;
  samples: number;
}

const KBPS_V1 = [
  [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
];
const KBPS_V2 = [
  [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
];
const RATES: Record<number, number[]> = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 2.5: [11025, 12000, 8000] };

/** The frame whose header starts at `b[i]`, or null if these four bytes are not a valid header. */
export function parseMpegAudioHeader(b: Uint8Array, i: number): MpegAudioFrame | null {
  const b0 = b[i] ?? 0;
  const b1 = b[i + 1] ?? 0;
  const b2 = b[i + 2] ?? 0;
  const b3 = b[i + 3] ?? 0;
  if (b0 !== 0xff || (b1 & 0xe0) !== 0xe0) return null;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  // Free-format bitrate (index 0) has no size in its header; it is too rare to guess at.
  if (versionBits === 1 || layerBits === 0 || bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return null;
  if ((b3 & 3) === 2) return null;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const kbps = (version === 1 ? KBPS_V1 : KBPS_V2)[layer - 1]![bitrateIndex]!;
  const sampleRate = RATES[version]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  const bitrate = kbps * 1000;
  let size: number;
  let samples: number;
  if (layer === 1) {
    size = (Math.floor((12 * bitrate) / sampleRate) + padding) * 4;
    samples = 384;
  } else if (layer === 2 || version === 1) {
    size = Math.floor((144 * bitrate) / sampleRate) + padding;
    samples = 1152;
  } else {
    size = Math.floor((72 * bitrate) / sampleRate) + padding;
    samples = 576;
  }
  return { version, layer, sampleRate, channels: b3 >> 6 === 3 ? 1 : 2, size, samples };
}

/**
 * Whether a frame is the Xing/Info or VBRI header that encoders put first (metadata, not audio), and
 * the decoder delay it declares: the LAME tag's encoder padding (FFmpeg writes the tag too) plus the 529-sample decoder delay, the
 * samples a player skips (as FFmpeg's mp3 demuxer does), so that times match what is heard.
 */
export function vbrInfo(frame: Uint8Array, header: MpegAudioFrame): { delay: number } | null {
  const sideInfo = header.version === 1 ? (header.channels === 2 ? 32 : 17) : header.channels === 2 ? 17 : 9;
  const at = 4 + sideInfo;
  const tag = String.fromCharCode(...frame.subarray(at, at + 4));
  if (String.fromCharCode(...frame.subarray(36, 40)) === 'VBRI') return { delay: 0 };
  if (tag !== 'Xing' && tag !== 'Info') return null;
  const flags = frame[at + 7] ?? 0;
  const lame = at + 8 + (flags & 1 ? 4 : 0) + (flags & 2 ? 4 : 0) + (flags & 4 ? 100 : 0) + (flags & 8 ? 4 : 0);
  const vendor = String.fromCharCode(...frame.subarray(lame, lame + 4));
  if (!['LAME', 'Lavf', 'Lavc'].includes(vendor) || lame + 24 > frame.length) return { delay: 0 };
  const padding = ((frame[lame + 21]! << 4) | (frame[lame + 22]! >> 4)) & 0xfff;
  return { delay: padding + 529 };
}
