// Another stream of sound in a file's bytes outside the stream that is played: in the tag before
// the first packet (where security review F1 hid a copy of the original), in bytes a reader
// skipped, after the last packet. A decoder that probes the file, or a crafted player, could play
// it; the comparison does not, so the report says it is there. Also looked through: the boxes and
// elements between packets that hold nothing played (hiding-places.ts). Two kinds count: a run of
// MIN_FRAMES MPEG audio or ADTS frames, each header where the one before ends and at one sample
// rate (a chance run of eight chained headers in a picture or text is not to be expected), and a
// second container (MP4, Ogg, Matroska/WebM, FLAC, WAV, ID3-led MP3) whose signature holds past its
// magic bytes (container-signatures.ts). The file's own container, where its reader began, is not
// another. Work is linear in the bytes looked through, and those are at most MAX_SCAN_BYTES.
import type { ByteSource } from '../media/byte-source.ts';
import { parseAdtsHeader } from '../media/containers/adts-packets.ts';
import { parseMpegAudioHeader } from '../media/containers/mpeg-audio-frame.ts';
import type { PacketList } from '../media/packets/packet-list.ts';
import { u32le } from '../media/source-reader.ts';
import type { ContainerName, SkippedBytes, TrackInfo } from '../media/types.ts';
import { containerAt, type ContainerKind, type FrameRunEnd } from './container-signatures.ts';
import { hidingPlaces } from './hiding-places.ts';
import type { CompareInput } from './layer.ts';

const MIN_FRAMES = 8;
/** Bytes looked through at most per file, so a huge tag or tail costs no more than this. */
const MAX_SCAN_BYTES = 16 * 1024 * 1024;

export interface HiddenStream {
  offset: number;
  length: number;
  /** What it is: a run of `mp3` (MPEG audio) or `adts` (AAC) frames, or a container of that kind. */
  codec: 'adts' | ContainerKind;
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
  return mergeRanges([[0, first], ...(skipped ?? []).map((s): [number, number] => [s.offset, s.offset + s.length]), [last, size]]);
}

/** Sorted, empty ones left out, merged where they meet: a tail the reader skipped is also the bytes after the last packet. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [s, e] of ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])) {
    const previous = merged[merged.length - 1];
    if (previous && s <= previous[1]) previous[1] = Math.max(previous[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** The kind the file's own container would be found as, to tell it from another one. */
const OWN_KIND: Partial<Record<ContainerName, ContainerKind>> = { mp4: 'mp4', ogg: 'ogg', webm: 'matroska', matroska: 'matroska', flac: 'flac', mp3: 'mp3' };

/**
 * @param own where the file's own container begins and what it is: a container of that kind found
 *   there is the file itself (an MP4's `ftyp` lies before its first packet, as does an Ogg's first
 *   page); for Ogg, the serial numbers of its own streams (a Theora picture's first page lies
 *   before the sound's first packet too, and is the file's own track, compared as such)
 */
export async function hiddenStreams(
  source: ByteSource,
  ranges: readonly [number, number][],
  own?: { offset: number; container: ContainerName; serials?: ReadonlySet<number> },
): Promise<HiddenStream[]> {
  const found: HiddenStream[] = [];
  let budget = MAX_SCAN_BYTES;
  // What checks reaching far (Ogg CRCs, frame runs behind ID3 tags) may read beyond the bytes looked through: as much again.
  const work = { bytes: MAX_SCAN_BYTES };
  const ownKind = own && OWN_KIND[own.container];
  for (const [start, end] of ranges) {
    const length = Math.min(end - start, budget);
    if (length <= 0) break;
    budget -= length;
    const bytes = await source.read(start, length);
    for (let i = 0; i < bytes.length; i++) {
      const hit = bytes[i] === 0xff ? frames(bytes, i) : containerAt(bytes, i, work, mp3RunEnd);
      if (!hit) continue;
      // The file's own container spans what follows: look on inside it.
      if (ownKind === hit.kind && (start + i === own!.offset || (hit.kind === 'ogg' && own!.serials?.has(u32le(bytes, i + 14))))) continue;
      found.push({ offset: start + i, length: hit.length, codec: hit.kind });
      i += hit.length - 1;
    }
  }
  return found;
}

/** The frames after an ID3 tag, for container-signatures.ts. */
const mp3RunEnd: FrameRunEnd = (b, at) => (b[at] === 0xff ? frameRun(b, at, parseMpegAudioHeader) : -1);

/** A run of MPEG audio or ADTS frames from `at`. */
function frames(bytes: Uint8Array, at: number): { kind: HiddenStream['codec']; length: number } | null {
  for (const [kind, header] of HEADERS) {
    const run = frameRun(bytes, at, header);
    if (run >= 0) return { kind, length: run - at };
  }
  return null;
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
export async function outsideTheStream(
  source: ByteSource,
  read: { packets: PacketList; skipped?: SkippedBytes[]; container: ContainerName; tracks: readonly TrackInfo[] },
): Promise<Pick<CompareInput, 'skipped' | 'hidden'>> {
  // The reader began where nothing was skipped: at 0, or after junk it skipped at the start.
  const offset = read.skipped?.find((s) => s.offset === 0)?.length ?? 0;
  const own = { offset, container: read.container, ...(read.container === 'ogg' && { serials: new Set(read.tracks.map((t) => t.id)) }) };
  const ranges = mergeRanges([...outsidePackets(read.packets, read.skipped, source.size), ...(await hidingPlaces(source, read.container))]);
  const hidden = await hiddenStreams(source, ranges, own);
  return { ...(read.skipped && read.skipped.length > 0 ? { skipped: read.skipped } : {}), ...(hidden.length > 0 ? { hidden } : {}) };
}
