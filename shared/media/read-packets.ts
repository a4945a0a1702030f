// The one entry to the container readers: detect the container, read the audio track's packets.
// An unknown container is not an error (the byte layer still compares it); a malformed one throws
// MediaError naming the file and the byte offset.
import { readAdts } from './containers/adts-packets.ts';
import { readAmr } from './containers/amr-packets.ts';
import type { ByteSource } from './byte-source.ts';
import { DETECT_BYTES, detectContainer } from './detect-container.ts';
import { MediaError } from './media-error.ts';
import { readFlac } from './containers/flac-packets.ts';
import { readMatroska } from './containers/matroska-packets.ts';
import { readMp3 } from './containers/mp3-packets.ts';
import { readMp4 } from './containers/mp4-packets.ts';
import { readOgg } from './containers/ogg-packets.ts';
import { DEFAULT_PACKET_CAP, PacketCollector } from './packets/packet-collector.ts';
import { PacketList } from './packets/packet-list.ts';
import { packetOverlap } from './packets/packet-overlap.ts';
import { SourceReader } from './source-reader.ts';
import type { ContainerName, MediaReadResult, ReaderOutput, TrackCoding } from './types.ts';
import { readWav } from './containers/wav-packets.ts';

/**
 * `track`: the id of the track to read instead of the first audio track (MP4 and Matroska hold several).
 * `other`: with ReadOptions.everyTrack, a collector for each other audio and video track, which the
 * reader fills in the same walk (readers of single-track containers never call it), with the track's coding.
 */
type Reader = (reader: SourceReader, out: PacketCollector, track?: number, other?: (id: number, coding: TrackCoding) => PacketCollector) => Promise<ReaderOutput>;

const READERS: Record<Exclude<ContainerName, 'unknown'>, Reader> = {
  wav: readWav,
  mp4: readMp4,
  webm: readMatroska,
  matroska: readMatroska,
  ogg: readOgg,
  mp3: readMp3,
  adts: readAdts,
  flac: readFlac,
  amr: readAmr,
};

export interface ReadOptions {
  /** Most packets kept (default DEFAULT_PACKET_CAP); past it the result is `truncated`. */
  packetCap?: number;
  /** Loop-step budget (default scales with the file size); a guard against malformed input. */
  steps?: number;
  /** Read this track (by its container id: MP4 track_ID, Matroska TrackNumber) instead of the first audio track. */
  track?: number;
  /**
   * Also read every other audio and video track in the same walk, into `others` (MP4 and Matroska:
   * one walk for all tracks instead of one per track).
   */
  everyTrack?: boolean;
  /**
   * Told of each packet (by its index in `packets`) as soon as it is found, e.g. to hash it while the
   * file streams; with its bytes when the reader happens to hold them (valid during the call only), else
   * null; `track` is the id of the other track it belongs to, undefined for the chosen track's, with its `coding`.
   */
  onPacket?: (packets: PacketList, index: number, bytes: Uint8Array | null, track?: number, coding?: TrackCoding) => void;
}

export async function readPackets(source: ByteSource, options: ReadOptions = {}): Promise<MediaReadResult> {
  const container = detectContainer(await source.read(0, DETECT_BYTES), source.name);
  const reader = new SourceReader(source, options.steps);
  const { onPacket } = options;
  const cap = options.packetCap ?? DEFAULT_PACKET_CAP;
  // Each track's packets count against the file's size on their own, as they would read alone.
  const collector = (track?: number, coding?: TrackCoding): PacketCollector => {
    const told = onPacket
      ? (packets: PacketList, i: number) => {
          const offset = packets.offset(i);
          const size = packets.size(i);
          onPacket(packets, i, packets.parts(i) || offset + size > source.size ? null : reader.held(offset, size), track, coding);
        }
      : null;
    return new PacketCollector(cap, told, { bytes: source.size, fail: (at, problem) => reader.fail(at, problem) });
  };
  const output: ReaderOutput =
    container === 'unknown'
      ? { codec: null, timebase: 1, packets: new PacketList(), tracks: [], truncated: false, note: 'unknown container' }
      : await READERS[container](reader, collector(), options.track, options.everyTrack ? collector : undefined);
  let start = Infinity;
  let end = -Infinity;
  const { packets } = output;
  for (let i = 0; i < packets.length; i++) {
    const time = packets.time(i);
    start = Math.min(start, time);
    end = Math.max(end, time + packets.duration(i));
  }
  const overlap = packetOverlap(packets);
  if (overlap >= 0) throw overlapError(source.name, overlap);
  for (const other of output.others ?? []) {
    const shared = other.failure ? -1 : packetOverlap(other.packets);
    if (shared >= 0) other.failure = overlapError(source.name, shared);
  }
  const { endsEarly, ...rest } = output;
  return {
    ...rest,
    ...(endsEarly && { endsEarly: { ...endsEarly, time: packets.length > 0 ? end : 0 } }),
    container,
    duration: packets.length > 0 ? Math.max(0, end - start) : 0,
  };
}

function overlapError(name: string, offset: number): MediaError {
  return new MediaError(name, offset, 'two packets share these bytes (an overlapping sample table)');
}
