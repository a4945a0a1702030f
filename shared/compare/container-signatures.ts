// Whether bytes outside the played stream begin a second container: an MP4, Ogg, Matroska/WebM,
// FLAC, WAV or ID3-led MP3 file hidden in a tag, a free box, a Void element or a tail. Four magic
// bytes occur by chance in compressed data (once in 4 GiB per signature), so each is checked past
// them: an MP4's `ftyp` must hold printable brands and be followed by another top-level box; an Ogg
// page must start a stream, name a codec and carry a valid CRC-32; an EBML header must name the
// Matroska or WebM doc type and be followed by a Segment; a FLAC's STREAMINFO must be sane and be
// followed by a frame header with a valid CRC-8; a WAV's `fmt ` must describe a playable format; an
// ID3 tag must be followed by a run of chained MPEG audio frames. `length` is how far the container
// runs inside the bytes given (its own sizes where it states them, otherwise to their end).
import { readVint } from '../media/containers/ebml.ts';
import { parseFlacFrameHeader } from '../media/containers/flac-frame-header.ts';
import { oggCrc } from '../media/containers/ogg-page.ts';
import { ascii, u16le, u24be, u32be, u32le } from '../media/source-reader.ts';

export type ContainerKind = 'mp4' | 'ogg' | 'matroska' | 'flac' | 'wav' | 'mp3';

export interface FoundContainer {
  kind: ContainerKind;
  length: number;
}

/** Where a run of chained MPEG audio frames from `at` ends, or -1 (hidden-streams.ts's test for a stream of frames). */
export type FrameRunEnd = (b: Uint8Array, at: number) => number;

const tag = (b: Uint8Array, i: number): string => ascii(b, i, 4);

/** Letters, digits, space, and the few marks brands use ("3gp4", "M4A ", "iso6", "qt  "). */
const BRAND_CHAR = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ._-') BRAND_CHAR[c.charCodeAt(0)] = 1;

function brand(b: Uint8Array, i: number): boolean {
  return BRAND_CHAR[b[i]!] === 1 && BRAND_CHAR[b[i + 1]!] === 1 && BRAND_CHAR[b[i + 2]!] === 1 && BRAND_CHAR[b[i + 3]!] === 1;
}

const MP4_TOP = new Set(['moov', 'mdat', 'free', 'skip', 'wide', 'moof', 'meta', 'uuid', 'pdin', 'sidx', 'styp', 'mfra', 'udta']);

function mp4At(b: Uint8Array, i: number): FoundContainer | null {
  const size = u32be(b, i);
  if (size < 16 || size > 1024 || (size - 8) % 4 !== 0 || i + size + 8 > b.length) return null;
  for (let k = i + 8; k < i + size; k += 4) if (k !== i + 12 && !brand(b, k)) return null;
  if (!MP4_TOP.has(tag(b, i + size + 4))) return null;
  let end = i;
  while (end + 8 <= b.length) {
    const box = u32be(b, end);
    if (box < 8 || !brand(b, end + 4)) break;
    end = Math.min(b.length, end + box);
  }
  return { kind: 'mp4', length: end - i };
}

/** The identification packets an Ogg stream of sound (or picture) starts with. */
const OGG_CODECS = ['OpusHead', '\x01vorbis', '\x7fFLAC', 'Speex   ', '\x80theora'];

/** An Ogg page at `i` whose CRC holds: its size, or 0. Spends its bytes from `work`. */
function oggPage(b: Uint8Array, i: number, work: { bytes: number }): number {
  if (tag(b, i) !== 'OggS' || b[i + 4] !== 0 || (b[i + 5]! & ~7) !== 0 || i + 27 > b.length) return 0;
  const segments = b[i + 26]!;
  let size = 27 + segments;
  if (i + size > b.length) return 0;
  for (let k = 0; k < segments; k++) size += b[i + 27 + k]!;
  if (i + size > b.length || work.bytes < size) return 0;
  work.bytes -= size;
  return oggCrc(b.subarray(i, i + size)) === u32le(b, i + 22) ? size : 0;
}

function oggAt(b: Uint8Array, i: number, work: { bytes: number }): FoundContainer | null {
  if ((b[i + 5]! & 2) === 0) return null;
  const body = i + 27 + (b[i + 26] ?? 0);
  const head = String.fromCharCode(...b.subarray(body, body + 8));
  if (!OGG_CODECS.some((c) => head.startsWith(c))) return null;
  let end = i;
  for (let page = oggPage(b, end, work); page > 0; page = oggPage(b, end, work)) end += page;
  return end > i ? { kind: 'ogg', length: end - i } : null;
}

const EBML_DOC_TYPE = 0x4282;
const SEGMENT = 0x18538067;

function matroskaAt(b: Uint8Array, i: number): FoundContainer | null {
  const size = readVint(b, i + 4, true);
  if (!size || size.allOnes || size.value > 256) return null;
  const data = i + 4 + size.length;
  const next = data + size.value;
  if (next + 5 > b.length) return null;
  let docType = '';
  for (let p = data; p < next; ) {
    const id = readVint(b, p, false);
    const length = id && readVint(b, p + id.length, true);
    if (!id || !length || length.allOnes) return null;
    const start = p + id.length + length.length;
    if (id.value === EBML_DOC_TYPE) docType = String.fromCharCode(...b.subarray(start, Math.min(start + length.value, next)));
    p = start + length.value;
  }
  if (docType !== 'webm' && docType !== 'matroska') return null;
  if (u32be(b, next) !== SEGMENT) return null;
  const segment = readVint(b, next + 4, true);
  if (!segment) return null;
  const end = segment.allOnes ? b.length : Math.min(b.length, next + 4 + segment.length + segment.value);
  return { kind: 'matroska', length: end - i };
}

function flacAt(b: Uint8Array, i: number): FoundContainer | null {
  let p = i + 4;
  if (p + 4 + 34 > b.length || (b[p]! & 0x7f) !== 0 || u24be(b, p + 1) !== 34) return null;
  const info = p + 4;
  const minBlock = (b[info]! << 8) | b[info + 1]!;
  const maxBlock = (b[info + 2]! << 8) | b[info + 3]!;
  const rate = (b[info + 10]! << 12) | (b[info + 11]! << 4) | (b[info + 12]! >> 4);
  if (minBlock < 16 || maxBlock < minBlock || rate === 0 || rate > 655350) return null;
  // The metadata blocks, then the first frame's header.
  for (;;) {
    if (p + 4 > b.length) return null;
    const last = (b[p]! & 0x80) !== 0;
    if ((b[p]! & 0x7f) === 127) return null;
    p += 4 + u24be(b, p + 1);
    if (last) break;
  }
  return parseFlacFrameHeader(b, p) ? { kind: 'flac', length: b.length - i } : null;
}

function wavAt(b: Uint8Array, i: number): FoundContainer | null {
  if (i + 12 > b.length || tag(b, i + 8) !== 'WAVE') return null;
  // The chunks before `fmt ` (a `JUNK` or `bext` may come first), within what is at hand.
  for (let p = i + 12; p + 8 <= b.length; p += 8 + u32le(b, p) + (u32le(b, p) & 1)) {
    if (tag(b, p) !== 'fmt ') continue;
    if (u32le(b, p + 4) < 16 || p + 24 > b.length) return null;
    const f = p + 8;
    const [format, channels, rate, byteRate, align, bits] = [u16le(b, f), u16le(b, f + 2), u32le(b, f + 4), u32le(b, f + 8), u16le(b, f + 12), u16le(b, f + 14)];
    const pcm = format === 1 || format === 3 || format === 0xfffe;
    if (format === 0 || channels === 0 || channels > 32 || rate < 1000 || rate > 768_000 || align === 0 || bits > 64) return null;
    if (pcm && (bits === 0 || byteRate !== rate * align || align !== channels * Math.ceil(bits / 8))) return null;
    return { kind: 'wav', length: Math.min(b.length - i, 8 + u32le(b, i + 4)) };
  }
  return null;
}

function id3At(b: Uint8Array, i: number, work: { bytes: number }, frameRunEnd: FrameRunEnd): FoundContainer | null {
  const version = b[i + 3]!;
  if (work.bytes <= 0 || version < 2 || version > 4 || b[i + 4] === 0xff || (b[i + 5]! & 0x0f) !== 0) return null;
  let size = 0;
  for (let k = 6; k < 10; k++) {
    if (b[i + k]! >= 0x80) return null;
    size = size * 128 + b[i + k]!;
  }
  const frames = i + 10 + size + ((b[i + 5]! & 0x10) !== 0 ? 10 : 0);
  const end = frames < b.length ? frameRunEnd(b, frames) : -1;
  // Many forged tags could point at one long run of frames: each walk of it is paid for.
  work.bytes -= Math.max(0, end - frames);
  return end > 0 ? { kind: 'mp3', length: end - i } : null;
}

/**
 * The container that begins at `b[i]`, or null. `work` is the bytes that checks reaching far may
 * still read: forged "OggS" headers each claiming a 64 KiB page, or forged ID3 tags each pointing
 * at the same long run of frames, must not cost that much per byte looked at.
 */
export function containerAt(b: Uint8Array, i: number, work: { bytes: number }, frameRunEnd: FrameRunEnd): FoundContainer | null {
  if (i + 12 > b.length) return null;
  switch (b[i]) {
    case 0x00:
      return tag(b, i + 4) === 'ftyp' ? mp4At(b, i) : null;
    case 0x4f: // O
      return tag(b, i) === 'OggS' ? oggAt(b, i, work) : null;
    case 0x1a:
      return u32be(b, i) === 0x1a45dfa3 ? matroskaAt(b, i) : null;
    case 0x66: // f
      return tag(b, i) === 'fLaC' ? flacAt(b, i) : null;
    case 0x52: // R
      return tag(b, i) === 'RIFF' ? wavAt(b, i) : null;
    case 0x49: // I
      return b[i + 1] === 0x44 && b[i + 2] === 0x33 ? id3At(b, i, work, frameRunEnd) : null;
    default:
      return null;
  }
}
