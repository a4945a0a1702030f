// Another stream of sound in a file's bytes outside the stream that is played: in the tag before
// the first packet (where security review F1 hid a copy of the original), in bytes a reader
// skipped, after the last packet. A decoder that probes the file, or a crafted player, could play
// it; the comparison does not, so the report says it is there. A run of MIN_FRAMES MPEG audio or
// ADTS frames, each header where the one before ends and at one sample rate, counts: a chance run
// of eight chained headers in a picture or text is not to be expected.
import type { ByteSource } from '../media/byte-source.ts';
import { parseAdtsHeader } from '../media/containers/adts-packets.ts';
import { parseMpegAudioHeader } from '../media/containers/mpeg-audio-frame.ts';
import type { PacketList } from '../media/packets/packet-list.ts';
import type { SkippedBytes } from '../media/types.ts';
import type { CompareInput } from './layer.ts';

const MIN_FRAMES = 8;
/** Bytes looked through at most per file, so a huge tag or tail costs no more than this. */
const MAX_SCAN_BYTES = 16 * 1024 * 1024;

export interface HiddenStream {
  offset: number;
  length: number;
  /** What the frames are: `mp3` (MPEG audio) or `adts` (AAC). */
  codec: 'mp3' | 'adts';
}

type Header = (bytes: Uint8Array, at: number) => { size: number; sampleRate: number } | null;
const HEADERS: [HiddenStream['codec'], Header][] = [
  ['mp3', parseMpegAudioHeader],
  ['adts', parseAdtsHeader],
];

/** The byte ranges no packet covers at the ends, and what the reader skipped, in file order. */
export function outsidePackets(packets: PacketList, skipped: readonly SkippedBytes[] | undefined, size: number): [number, number][] {
  if (packets.length === 0) return [];
  let first = Infinity;
  let last = 0;
  for (let i = 0; i < packets.length; i++) {
    first = Math.min(first, packets.offset(i));
    last = Math.max(last, packets.end(i));
  }
  const ranges: [number, number][] = [[0, first], ...(skipped ?? []).map((s): [number, number] => [s.offset, s.offset + s.length]), [last, size]];
  return ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
}

export async function hiddenStreams(source: ByteSource, ranges: readonly [number, number][]): Promise<HiddenStream[]> {
  const found: HiddenStream[] = [];
  let budget = MAX_SCAN_BYTES;
  for (const [start, end] of ranges) {
    const length = Math.min(end - start, budget);
    if (length <= 0) break;
    budget -= length;
    const bytes = await source.read(start, length);
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] !== 0xff) continue;
      for (const [codec, header] of HEADERS) {
        const run = frameRun(bytes, i, header);
        if (run < 0) continue;
        found.push({ offset: start + i, length: run - i, codec });
        i = run - 1;
        break;
      }
    }
  }
  return found;
}

/** Where a run of at least MIN_FRAMES chained frames from `at` ends, or -1. */
function frameRun(bytes: Uint8Array, at: number, header: Header): number {
  const first = header(bytes, at);
  if (!first) return -1;
  let end = at;
  let frames = 0;
  for (let f: ReturnType<Header> = first; f && f.sampleRate === first.sampleRate && end + f.size <= bytes.length; f = header(bytes, end)) {
    end += f.size;
    frames++;
  }
  return frames >= MIN_FRAMES ? end : -1;
}

/** What a side's container reading adds to its comparison input: the bytes skipped and any other stream found. */
export async function outsideTheStream(source: ByteSource, read: { packets: PacketList; skipped?: SkippedBytes[] }): Promise<Pick<CompareInput, 'skipped' | 'hidden'>> {
  const hidden = await hiddenStreams(source, outsidePackets(read.packets, read.skipped, source.size));
  return { ...(read.skipped && read.skipped.length > 0 ? { skipped: read.skipped } : {}), ...(hidden.length > 0 ? { hidden } : {}) };
}
