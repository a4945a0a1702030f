// One track of an MP4/MOV/3GP moov: its id, kind, codec, timescale, audio parameters and decoder configuration.
import { mp4DecoderConfig } from '../decoder-config.ts';
import { childBox, childBoxes } from './mp4-boxes.ts';
import { ascii, u16be, u32be } from '../source-reader.ts';
import type { TrackInfo } from '../types.ts';

export interface Mp4Track extends TrackInfo {
  timescale: number;
  /** Seconds to add to media times to get presentation times, from the edit list (as players and ffprobe do). */
  shift: number;
  sampleRate?: number;
  channels?: number;
  decoderConfig?: Uint8Array;
  /** The sample table box's data, null in a fragmented file's empty moov. */
  stbl: Uint8Array | null;
}

const SAMPLE_ENTRY_CODECS: Record<string, string> = {
  Opus: 'opus',
  fLaC: 'flac',
  '.mp3': 'mp3',
  samr: 'amr-nb',
  sawb: 'amr-wb',
  alac: 'alac',
  'ac-3': 'ac3',
  'ec-3': 'eac3',
  lpcm: 'pcm',
  sowt: 'pcm',
  twos: 'pcm',
  avc1: 'h264',
  avc3: 'h264',
  hvc1: 'h265',
  hev1: 'h265',
  vp09: 'vp9',
  av01: 'av1',
  mp4v: 'mpeg4',
  s263: 'h263',
};

/** mp4a holds AAC or MP3; the esds decoder config's object type says which (ISO 14496-1 §7.2.6.6). */
function mp4aCodec(entry: Uint8Array): string {
  for (let i = 0; i + 4 <= entry.length; i++) {
    if (ascii(entry, i, 4) !== 'esds') continue;
    let p = i + 8;
    // Descriptor tag, then a length of up to four 7-bit bytes; ES_Descriptor (3) wraps DecoderConfig (4).
    for (let depth = 0; depth < 2 && p < entry.length; depth++) {
      const tag = entry[p++];
      while (p < entry.length && entry[p]! & 0x80) p++;
      p++;
      if (tag === 3) {
        const flags = entry[p + 2] ?? 0;
        p += 3 + (flags & 0x80 ? 2 : 0) + (flags & 0x40 ? 1 + (entry[p + 3] ?? 0) : 0) + (flags & 0x20 ? 2 : 0);
      } else if (tag === 4) {
        const type = entry[p];
        return type === 0x69 || type === 0x6b ? 'mp3' : 'aac';
      }
    }
    break;
  }
  return 'aac';
}

/**
 * The edit list's start: empty edits delay the track, the first real edit says where media time
 * starts. That covers what encoders and lossless cutters write (one edit that trims the encoder
 * delay, perhaps after an empty edit). Not followed: a second real edit (one that skips or repeats
 * a stretch of media), a first edit that ends before the media does (a trim at the end), and media
 * rates other than 1. In such a file every sample is listed once, in media order, at its media time
 * plus this shift: a stretch the edit list hides still counts as present and a repeated one counts
 * once. So an edit made only in the edit list (media hidden or repeated, samples untouched) is not
 * seen by the packet layer; the byte layer still reports the changed moov, but not in seconds of
 * what a player shows. Following such lists would mean dropping and duplicating packets in the
 * table, where players themselves differ (some follow only the first edit).
 */
function editShift(trak: Uint8Array, timescale: number, movieTimescale: number): number {
  const elst = childBox(trak, 'edts', 'elst');
  if (!elst || timescale === 0 || movieTimescale === 0) return 0;
  const wide = elst[0] === 1;
  const size = wide ? 20 : 12;
  const count = Math.min(u32be(elst, 4), Math.floor((elst.length - 8) / size));
  let delay = 0;
  for (let i = 0; i < count; i++) {
    const at = 8 + i * size;
    const duration = wide ? u32be(elst, at) * 2 ** 32 + u32be(elst, at + 4) : u32be(elst, at);
    const mediaTime = wide ? (u32be(elst, at + 8) | 0) * 2 ** 32 + u32be(elst, at + 12) : u32be(elst, at + 4) | 0;
    if (mediaTime === -1) delay += duration / movieTimescale;
    else return delay - mediaTime / timescale;
  }
  return delay;
}

export function parseTrack(trak: Uint8Array, movieTimescale: number): Mp4Track {
  const tkhd = childBox(trak, 'tkhd');
  const mdhd = childBox(trak, 'mdia', 'mdhd');
  const hdlr = childBox(trak, 'mdia', 'hdlr');
  const stbl = childBox(trak, 'mdia', 'minf', 'stbl');
  const id = tkhd ? u32be(tkhd, tkhd[0] === 1 ? 20 : 12) : 0;
  const timescale = mdhd ? u32be(mdhd, mdhd[0] === 1 ? 20 : 12) : 0;
  const handler = hdlr ? ascii(hdlr, 8, 4) : '';
  const kind = handler === 'soun' ? 'audio' : handler === 'vide' ? 'video' : 'other';
  const stsd = stbl ? childBox(stbl, 'stsd') : null;
  const entry = stsd ? childBoxes(stsd.subarray(8))[0] : undefined;
  const format = entry?.type ?? '';
  const codec = format === 'mp4a' && entry ? mp4aCodec(entry.data) : (SAMPLE_ENTRY_CODECS[format] ?? format.trim().toLowerCase());
  const track: Mp4Track = { id, kind, codec, timescale, shift: editShift(trak, timescale, movieTimescale), stbl };
  // Decoder configs are copies: a view would keep the whole moov (3 MB an hour of video) alive with the result.
  if (kind === 'audio' && entry && entry.data.length >= 28) {
    track.channels = u16be(entry.data, 16);
    track.sampleRate = u16be(entry.data, 24);
    track.decoderConfig = mp4DecoderConfig(format, entry.data)?.slice();
  }
  if (kind === 'video' && entry) track.decoderConfig = mp4DecoderConfig(format, entry.data)?.slice();
  return track;
}
