// Maps byte offsets to seconds, so byte-level findings (chunk ranges) can be reported in time. Bytes
// inside a packet interpolate across its duration; bytes between packets (headers, video data
// interleaved with the audio) take the start of the next audio packet.
import type { Range } from '../compare/report.ts';
import type { PacketList } from './packets/packet-list.ts';
import type { PacketTable } from './packets/packet-table.ts';

export interface ByteTimeMap {
  /** Seconds for a byte offset, or null when the file has no packets. */
  timeAt(offset: number): number | null;
  /** A byte range [start, end) as seconds, or null when the file has no packets. */
  rangeToSeconds(range: Range): Range | null;
}

/** What a map reads of packet i: where its bytes start and end, its time and duration in seconds. */
interface PacketPlaces {
  length: number;
  offset(i: number): number;
  end(i: number): number;
  time(i: number): number;
  duration(i: number): number;
}

/**
 * The map of `packets`. Without `table` it reads the list in place (the list must not change
 * afterwards). With the table of the same packets, whose ticks give every packet's time and
 * duration exactly as the list does (an MP4's do), it keeps only each packet's start and length, 12
 * bytes a packet instead of the list's 32, and the list can go: the comparison holds the map for its
 * whole length (9 MB less for three hours of AAC). Otherwise the list is read in place as without it.
 */
export function createByteTimeMap(packets: PacketList, table?: PacketTable | null): ByteTimeMap {
  return mapOver((table && compactPlaces(packets, table)) ?? packets);
}

function compactPlaces(packets: PacketList, table: PacketTable): PacketPlaces | null {
  const n = packets.length;
  const { times, durations, timebase } = table;
  if (times.length !== n) return null;
  for (let i = 0; i < n; i++) if (times[i]! / timebase !== packets.time(i) || durations[i]! / timebase !== packets.duration(i)) return null;
  const starts = new Float64Array(n);
  let spans: Uint32Array | Float64Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const span = packets.end(i) - packets.offset(i);
    // A packet in parts spread over more than 4 GiB: never in a real file, but a crafted one is read exactly too.
    if (span > 0xffffffff && spans instanceof Uint32Array) spans = Float64Array.from(spans);
    starts[i] = packets.offset(i);
    spans[i] = span;
  }
  return {
    length: n,
    offset: (i) => starts[i]!,
    end: (i) => starts[i]! + spans[i]!,
    time: (i) => times[i]! / timebase,
    duration: (i) => durations[i]! / timebase,
  };
}

/** Packets out of file order get an index. */
function mapOver(packets: PacketPlaces): ByteTimeMap {
  const n = packets.length;
  let ordered = true;
  for (let i = 1; i < n && ordered; i++) ordered = packets.offset(i - 1) <= packets.offset(i);
  const order = ordered ? null : Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => packets.offset(a) - packets.offset(b) || a - b);
  const at = (k: number) => (order ? order[k]! : k);

  function timeAt(offset: number): number | null {
    if (n === 0) return null;
    let lo = 0;
    let hi = n - 1;
    if (offset < packets.offset(at(0))) return packets.time(at(0));
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (packets.offset(at(mid)) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p = at(lo);
    const start = packets.offset(p);
    const end = packets.end(p);
    if (offset < end) {
      const fraction = (offset - start) / (end - start);
      return packets.time(p) + packets.duration(p) * fraction;
    }
    return lo + 1 < n ? packets.time(at(lo + 1)) : packets.time(p) + packets.duration(p);
  }

  return {
    timeAt,
    rangeToSeconds(range) {
      const start = timeAt(range[0]);
      const end = timeAt(range[1]);
      return start === null || end === null ? null : [Math.min(start, end), Math.max(start, end)];
    },
  };
}
