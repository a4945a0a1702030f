// Native FLAC files: "fLaC", metadata blocks (STREAMINFO gives rate, channels and block size), then
// frames. Each frame is a packet; its time comes from the frame or sample number in its header. A
// frame does not state its length: it ends where the next frame header is found, one with the sync
// code, a valid CRC-8, a later number, and what STREAMINFO allows (channel count, sample rate, bit
// depth, block size). Encoders change the stereo decorrelation (the channel-assignment bits) from
// frame to frame, so those bits are compared only as a channel count. A file cut short ends in a
// frame whose CRC-16 does not match: it is left out, and the result says the file ends early.
import { flacDecoderConfig } from '../decoder-config.ts';
import { parseFlacFrameHeader, type FlacFrameHeader } from './flac-frame-header.ts';
import { skipId3v2, tagsAtEnd } from './mp3-tags.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { ascii, MAX_PIECE, u16be, u24be, u32be, type SourceReader } from '../source-reader.ts';
import type { EndsEarly, ReaderOutput } from '../types.ts';

interface StreamInfo {
  /** The largest block: every block's size in a fixed-block-size stream. */
  blockSize: number;
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Samples per channel in the whole stream; 0 when the encoder did not know. */
  totalSamples: number;
  /** The block's 34 bytes, for the decoder configuration. */
  bytes: Uint8Array;
}

async function readMetadata(reader: SourceReader, start: number): Promise<{ info: StreamInfo; audio: number }> {
  if (ascii(await reader.bytes(start, 4), 0, 4) !== 'fLaC') reader.fail(start, 'no "fLaC" marker');
  let pos = start + 4;
  let info: StreamInfo | null = null;
  for (;;) {
    reader.step(pos);
    const head = await reader.bytes(pos, 4);
    const type = head[0]! & 0x7f;
    const length = u24be(head, 1);
    if (type === 0) {
      if (length < 34) reader.fail(pos, 'STREAMINFO is shorter than 34 bytes');
      const b = (await reader.bytes(pos + 4, 34)).slice();
      const sampleRate = (b[10]! << 12) | (b[11]! << 4) | (b[12]! >> 4);
      if (sampleRate === 0) reader.fail(pos, 'STREAMINFO gives a sample rate of 0');
      info = {
        blockSize: u16be(b, 2),
        sampleRate,
        channels: ((b[12]! >> 1) & 7) + 1,
        bitsPerSample: (((b[12]! & 1) << 4) | (b[13]! >> 4)) + 1,
        totalSamples: (b[13]! & 15) * 2 ** 32 + u32be(b, 14),
        bytes: b,
      };
    } else if (type === 127) reader.fail(pos, 'invalid FLAC metadata block type 127');
    pos += 4 + length;
    if (head[0]! & 0x80) break;
  }
  if (!info) reader.fail(start + 4, 'no STREAMINFO block');
  return { info, audio: pos };
}

const DEPTHS = [0, 8, 12, 0, 16, 20, 24, 32];

/** True when a frame header agrees with STREAMINFO (a header's 0 means "as STREAMINFO says"). */
function fitsStream(header: FlacFrameHeader, info: StreamInfo): boolean {
  const assignment = (header.layout & 0xff) >> 4;
  const channels = assignment < 8 ? assignment + 1 : 2;
  const depth = DEPTHS[(header.layout >> 1) & 7]!;
  return (
    channels === info.channels &&
    (depth === 0 || depth === info.bitsPerSample) &&
    (header.sampleRate === 0 || header.sampleRate === info.sampleRate) &&
    (info.blockSize === 0 || header.blockSize <= info.blockSize)
  );
}

/** Offset and header of the next frame that continues `prev` (or the first frame when prev is null). */
async function nextFrame(reader: SourceReader, from: number, prev: FlacFrameHeader | null, info: StreamInfo): Promise<{ offset: number; header: FlacFrameHeader } | null> {
  let pos = from;
  while (pos + 6 <= reader.size) {
    reader.step(pos);
    const piece = await reader.peek(pos, 4096);
    const hit = piece.indexOf(0xff);
    if (hit < 0) {
      pos += piece.length;
      continue;
    }
    const header = parseFlacFrameHeader(await reader.peek(pos + hit, 16), 0);
    const continues = header !== null && fitsStream(header, info) && (prev === null || (header.variable === prev.variable && header.number > prev.number));
    if (continues) return { offset: pos + hit, header };
    pos += hit + 1;
  }
  return null;
}

export async function readFlac(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const { info, audio } = await readMetadata(reader, await skipId3v2(reader, 0));
  let frame = await nextFrame(reader, audio, null, info);
  let endsEarly: EndsEarly | undefined;
  while (frame) {
    const { offset, header } = frame;
    const next = await nextFrame(reader, offset + header.length + 1, header, info);
    let end = next ? next.offset : reader.size;
    const firstSample = header.variable ? header.number : header.number * info.blockSize;
    if (!next) {
      // Read only now, when the scan has reached the end, so a streamed file still has these bytes.
      end = await tagsAtEnd(reader, offset + header.length);
      if (!(await endsWithCrc16(reader, offset, end))) {
        endsEarly = { offset, reason: 'the last FLAC frame is cut short' };
        break;
      }
      const last = firstSample + header.blockSize;
      if (info.totalSamples > last) endsEarly = { offset: end, reason: `the FLAC frames stop at sample ${last} of the ${info.totalSamples} that STREAMINFO gives` };
    }
    const added = out.add(offset, end - offset, firstSample / info.sampleRate, header.blockSize / info.sampleRate);
    if (!added) break;
    frame = next;
  }
  const output: ReaderOutput = {
    codec: 'flac',
    sampleRate: info.sampleRate,
    channels: info.channels,
    decoderConfig: flacDecoderConfig(info.bytes),
    timebase: info.sampleRate,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec: 'flac' }],
    truncated: out.truncated,
  };
  if (endsEarly) output.endsEarly = endsEarly;
  return output;
}

/** True when the bytes [from, to) end with their own CRC-16 (RFC 9639 §9.3), as a whole frame does. */
async function endsWithCrc16(reader: SourceReader, from: number, to: number): Promise<boolean> {
  if (to - from > MAX_PIECE) return true;
  let crc = 0;
  for (let at = from; at < to; ) {
    reader.step(at);
    const piece = await reader.peek(at, Math.min(64 * 1024, to - at));
    if (piece.length === 0) return false;
    for (const byte of piece) crc = ((crc << 8) & 0xffff) ^ CRC16_TABLE[((crc >> 8) ^ byte) & 0xff]!;
    at += piece.length;
  }
  return crc === 0;
}

const CRC16_TABLE = Uint16Array.from({ length: 256 }, (_, i) => {
  let r = i << 8;
  for (let k = 0; k < 8; k++) r = r & 0x8000 ? ((r << 1) ^ 0x8005) & 0xffff : (r << 1) & 0xffff;
  return r;
});
