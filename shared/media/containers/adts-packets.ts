// ADTS AAC streams (.aac): each frame is a 7- or 9-byte header and raw AAC data. The packet is the
// raw data without the header, the same bytes an MP4 or Matroska file stores, so a remux matches.
// A last frame cut short is kept as the bytes that are there, as FFmpeg keeps it when it remuxes
// the file (else the remux would show a frame inserted at the end), and the file ends early.
import { adtsDecoderConfig } from '../decoder-config.ts';
import type { PacketCollector } from '../packets/packet-collector.ts';
import { skipId3v2 } from './mp3-tags.ts';
import type { SourceReader } from '../source-reader.ts';
import { SkippedList, skipZeros } from '../skipped-bytes.ts';
import { scanSyncFrames, type SyncFrame } from './sync-frame-scanner.ts';
import type { ReaderOutput } from '../types.ts';

const RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];

function adtsHeaderLength(b: Uint8Array, i: number): number {
  return (b[i + 1]! & 1) === 1 ? 7 : 9;
}

export function parseAdtsHeader(b: Uint8Array, i: number): SyncFrame | null {
  if (b.length < i + 7 || b[i] !== 0xff || (b[i + 1]! & 0xf6) !== 0xf0) return null;
  const sampleRate = RATES[(b[i + 2]! >> 2) & 15];
  const size = ((b[i + 3]! & 3) << 11) | (b[i + 4]! << 3) | (b[i + 5]! >> 5);
  if (sampleRate === undefined || size <= adtsHeaderLength(b, i)) return null;
  const channels = ((b[i + 2]! & 1) << 2) | (b[i + 3]! >> 6);
  const blocks = (b[i + 6]! & 3) + 1;
  return { size, samples: 1024 * blocks, sampleRate, channels, codec: 'aac' };
}

export async function readAdts(reader: SourceReader, out: PacketCollector): Promise<ReaderOutput> {
  const skipped = new SkippedList();
  const lead = await skipZeros(reader, 0);
  skipped.add(0, lead);
  const start = await skipId3v2(reader, lead);
  let first: SyncFrame | null = null;
  let config: Uint8Array | undefined;
  let ticks = 0;
  const take = async (offset: number, frame: SyncFrame, size: number): Promise<boolean> => {
    first ??= frame;
    config ??= adtsDecoderConfig(await reader.bytes(offset, 7));
    const header = adtsHeaderLength(await reader.bytes(offset, 2), 0);
    const samples = (frame.samples * first.sampleRate) / frame.sampleRate;
    const added = out.add(offset + header, size - header, ticks / first.sampleRate, samples / first.sampleRate);
    ticks += samples;
    return added;
  };
  const { cutShort } = await scanSyncFrames(reader, start, reader.size, 7, parseAdtsHeader, (offset, frame) => take(offset, frame, frame.size), skipped.add);
  if (cutShort && reader.size - cutShort.offset > adtsHeaderLength(await reader.bytes(cutShort.offset, 2), 0)) {
    await take(cutShort.offset, cutShort.frame, reader.size - cutShort.offset);
  }
  const head = first as SyncFrame | null;
  if (head === null) reader.fail(start, 'no ADTS frame found');
  const output: ReaderOutput = {
    codec: 'aac',
    sampleRate: head.sampleRate,
    channels: head.channels,
    decoderConfig: config,
    timebase: head.sampleRate,
    packets: out.packets,
    tracks: [{ id: 1, kind: 'audio', codec: 'aac' }],
    truncated: out.truncated,
  };
  if (cutShort) output.endsEarly = { offset: cutShort.offset, reason: 'the last ADTS frame is cut short' };
  skipped.into(output);
  return output;
}
