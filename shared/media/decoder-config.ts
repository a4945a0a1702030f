// The codec configuration a decoder needs before the first packet, in the form WebCodecs'
// AudioDecoderConfig.description takes (the codec registrations): AAC's AudioSpecificConfig, Opus's
// OpusHead, Vorbis's three header packets Xiph-laced, FLAC's "fLaC" + STREAMINFO. Each container
// stores it differently; these turn what the readers find into that one form. MP3 needs none. A
// picture's record (H.264's avcC, VP9's vpcC, AV1's av1C) is kept as the container stores it.
import { concatBytes } from './concat-bytes.ts';
import { ascii, u16be, u32be } from './source-reader.ts';

/** Where a child box of `fourcc` starts (its size field) inside a sample entry's data, or -1. */
function findBox(data: Uint8Array, fourcc: string): number {
  for (let i = 4; i + 4 <= data.length; i++) {
    if (ascii(data, i, 4) !== fourcc) continue;
    const size = u32be(data, i - 4);
    if (size >= 8 && i - 4 + size <= data.length) return i - 4;
  }
  return -1;
}

/** An MPEG-4 descriptor's tag, and where its body starts and ends (ISO 14496-1 §8.3.3). */
function descriptor(b: Uint8Array, at: number): { tag: number; body: number; end: number } | null {
  if (at >= b.length) return null;
  let p = at + 1;
  let length = 0;
  for (let k = 0; k < 4; k++) {
    const byte = b[p++];
    if (byte === undefined) return null;
    length = length * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) break;
  }
  return p + length <= b.length ? { tag: b[at]!, body: p, end: p + length } : null;
}

/** AAC's AudioSpecificConfig from an mp4a sample entry's esds: ES_Descriptor → DecoderConfig → DecoderSpecificInfo. */
function esdsConfig(entry: Uint8Array): Uint8Array | undefined {
  const box = findBox(entry, 'esds');
  if (box < 0) return undefined;
  const esds = entry.subarray(box + 12, box + u32be(entry, box));
  const es = descriptor(esds, 0);
  if (es?.tag !== 3) return undefined;
  const flags = esds[es.body + 2] ?? 0;
  let p = es.body + 3 + (flags & 0x80 ? 2 : 0) + (flags & 0x40 ? 1 + (esds[es.body + 3] ?? 0) : 0) + (flags & 0x20 ? 2 : 0);
  const config = descriptor(esds, p);
  if (config?.tag !== 4) return undefined;
  // Object type, stream type, buffer size, max and average bitrate: 13 bytes before the children.
  for (p = config.body + 13; p < config.end; ) {
    const child = descriptor(esds, p);
    if (!child) return undefined;
    if (child.tag === 5) return esds.slice(child.body, child.end);
    p = child.end;
  }
  return undefined;
}

/** OpusHead from an MP4 dOps box (ISO/IEC 23003-5 wraps the same fields, big-endian, without the magic). */
function dOpsToOpusHead(entry: Uint8Array): Uint8Array | undefined {
  const box = findBox(entry, 'dOps');
  if (box < 0) return undefined;
  const d = entry.subarray(box + 8, box + u32be(entry, box));
  if (d.length < 11) return undefined;
  const head = new Uint8Array(19 + (d[10] ? d.length - 11 : 0));
  head.set(new TextEncoder().encode('OpusHead'));
  const view = new DataView(head.buffer);
  head[8] = 1;
  head[9] = d[1]!;
  view.setUint16(10, u16be(d, 2), true);
  view.setUint32(12, u32be(d, 4), true);
  view.setInt16(16, (u16be(d, 8) << 16) >> 16, true);
  head[18] = d[10]!;
  if (d[10]) head.set(d.subarray(11), 19);
  return head;
}

/** "fLaC" + metadata blocks from an MP4 dfLa box (a full box holding the FLAC metadata blocks). */
function dfLaToFlac(entry: Uint8Array): Uint8Array | undefined {
  const box = findBox(entry, 'dfLa');
  if (box < 0) return undefined;
  const blocks = entry.subarray(box + 12, box + u32be(entry, box));
  return blocks.length >= 38 ? concatBytes([new TextEncoder().encode('fLaC'), blocks]) : undefined;
}

/** A child box's body: the picture codecs' configuration records (avcC, vpcC, av1C) as WebCodecs takes them. */
function boxBody(entry: Uint8Array, fourcc: string): Uint8Array | undefined {
  const box = findBox(entry, fourcc);
  return box < 0 ? undefined : entry.slice(box + 8, box + u32be(entry, box));
}

/** The description from an MP4 sample entry (its data after the 8-byte box header), sound or picture. */
export function mp4DecoderConfig(format: string, entry: Uint8Array): Uint8Array | undefined {
  if (format === 'avc1' || format === 'avc3') return boxBody(entry, 'avcC');
  if (format === 'vp09') return boxBody(entry, 'vpcC');
  if (format === 'av01') return boxBody(entry, 'av1C');
  if (format === 'mp4a') return esdsConfig(entry);
  if (format === 'Opus') return dOpsToOpusHead(entry);
  if (format === 'fLaC') return dfLaToFlac(entry);
  return undefined;
}

/** AudioSpecificConfig for the stream an ADTS header (7 bytes at `at`) starts: profile, rate index, channels. */
export function adtsDecoderConfig(header: Uint8Array, at = 0): Uint8Array {
  const objectType = (header[at + 2]! >> 6) + 1;
  const rateIndex = (header[at + 2]! >> 2) & 15;
  const channels = ((header[at + 2]! & 1) << 2) | (header[at + 3]! >> 6);
  const bits = (objectType << 11) | (rateIndex << 7) | (channels << 3);
  return Uint8Array.of(bits >> 8, bits & 0xff);
}

/** "fLaC" + the STREAMINFO block (its 34 bytes), marked as the last metadata block. */
export function flacDecoderConfig(streamInfo: Uint8Array): Uint8Array {
  return concatBytes([new TextEncoder().encode('fLaC'), Uint8Array.of(0x80, 0, 0, 34), streamInfo.subarray(0, 34)]);
}

/** Opus: the OpusHead packet; Vorbis: the identification, comment and setup headers Xiph-laced. */
export function oggDecoderConfig(codec: 'opus' | 'vorbis', headers: readonly Uint8Array[]): Uint8Array | undefined {
  if (codec === 'opus') return headers[0];
  return headers.length === 3 ? xiphLace(headers) : undefined;
}

/** Xiph lacing, as Matroska's CodecPrivate stores Vorbis headers: count − 1, the sizes but the last in 255-steps, the data. */
export function xiphLace(packets: readonly Uint8Array[]): Uint8Array {
  const sizes: number[] = [packets.length - 1];
  for (const p of packets.slice(0, -1)) {
    for (let n = p.length; ; n -= 255) {
      sizes.push(Math.min(n, 255));
      if (n < 255) break;
    }
  }
  return concatBytes([Uint8Array.from(sizes), ...packets]);
}
