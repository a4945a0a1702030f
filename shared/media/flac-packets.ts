// Native FLAC files: "fLaC", metadata blocks (STREAMINFO gives rate, channels and block size), then
// frames. Each frame is a packet; its time comes from the frame or sample number in its header.
import { flacDecoderConfig } from './decoder-config.ts';
import { parseFlacFrameHeader, type FlacFrameHeader } from './flac-frame-header.ts';
import { skipId3v2 } from './mp3-tags.ts';
import type { PacketCollector } from './packet-collector.ts';
import { ascii, u16be, u24be, type SourceReader } from './source-reader.ts';
import type { ReaderOutput } from './types.ts';

interface StreamInfo {
  blockSize: number;
  sampleRate: number;
  channels: number;
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
      info = { blockSize: u16be(b, 2), sampleRate, channels: ((b[12]! >> 1) & 7) + 1, bytes: b };
    } else if (type === 127) reader.fail(pos, 'invalid FLAC metadata block type 127');
    pos += 4 + length;
    if (head[0]! & 0x80) break;
  }
  if (!info) reader.fail(start + 4, 'no STREAMINFO block');
  return { info, audio: pos };
}

/** Offset and header of the next frame that continues `prev` (or any valid frame when prev is null). */
async function nextFrame(reader: SourceReader, from: number, prev: FlacFrameHeader | null): Promise<{ offset: number; header: FlacFrameHeader } | null> {
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
    const continues = header !== null && (prev === null || (header.layout & 0xff) === (prev.layout & 0xff) && header.number > prev.number);
    if (continues) return { offset: pos + hit, header };
    pos += hit + 1;
  }
  return null;
}

export async function readFlac(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const { info, audio } = await readMetadata(reader, await skipId3v2(reader, 0));
  let frame = await nextFrame(reader, audio, null);
  while (frame) {
    const { offset, header } = frame;
    const next = await nextFrame(reader, offset + header.length + 1, header);
    const end = next ? next.offset : reader.size;
    const firstSample = header.variable ? header.number : header.number * info.blockSize;
    const added = out.add(offset, end - offset, firstSample / info.sampleRate, header.blockSize / info.sampleRate);
    if (!added) break;
    frame = next;
  }
  return {
    codec: 'flac',
    sampleRate: info.sampleRate,
    channels: info.channels,
    decoderConfig: flacDecoderConfig(info.bytes),
    timebase: info.sampleRate,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec: 'flac' }],
    truncated: out.truncated,
  };
}
