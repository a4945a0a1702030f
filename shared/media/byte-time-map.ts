// Maps byte offsets to seconds, so byte-level findings (chunk ranges) can be reported in time. Bytes
// inside a packet interpolate across its duration; bytes between packets (headers, video data
// interleaved with the audio) take the start of the next audio packet.
import type { Range } from '../compare/report.ts';
import type { Packet } from './types.ts';

export interface ByteTimeMap {
  /** Seconds for a byte offset, or null when the file has no packets. */
  timeAt(offset: number): number | null;
  /** A byte range [start, end) as seconds, or null when the file has no packets. */
  rangeToSeconds(range: Range): Range | null;
}

export function createByteTimeMap(packets: readonly Packet[]): ByteTimeMap {
  const order = packets.map((_, i) => i).sort((a, b) => packets[a]!.offset - packets[b]!.offset);
  const starts = new Float64Array(order.length);
  const ends = new Float64Array(order.length);
  const times = new Float64Array(order.length);
  const durations = new Float64Array(order.length);
  order.forEach((index, k) => {
    const p = packets[index]!;
    const span = p.parts ? p.parts[p.parts.length - 2]! + p.parts[p.parts.length - 1]! : p.offset + p.size;
    starts[k] = p.offset;
    ends[k] = span;
    times[k] = p.time;
    durations[k] = p.duration;
  });

  function timeAt(offset: number): number | null {
    const n = starts.length;
    if (n === 0) return null;
    let lo = 0;
    let hi = n - 1;
    if (offset < starts[0]!) return times[0]!;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    if (offset < ends[lo]!) {
      const fraction = (offset - starts[lo]!) / (ends[lo]! - starts[lo]!);
      return times[lo]! + durations[lo]! * fraction;
    }
    return lo + 1 < n ? times[lo + 1]! : times[lo]! + durations[lo]!;
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
