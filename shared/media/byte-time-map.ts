// Maps byte offsets to seconds, so byte-level findings (chunk ranges) can be reported in time. Bytes
// inside a packet interpolate across its duration; bytes between packets (headers, video data
// interleaved with the audio) take the start of the next audio packet.
import type { Range } from '../compare/report.ts';
import type { PacketList } from './packets/packet-list.ts';

export interface ByteTimeMap {
  /** Seconds for a byte offset, or null when the file has no packets. */
  timeAt(offset: number): number | null;
  /** A byte range [start, end) as seconds, or null when the file has no packets. */
  rangeToSeconds(range: Range): Range | null;
}

/** Reads the list's columns in place (it must not change afterwards); packets out of file order get an index. */
export function createByteTimeMap(packets: PacketList): ByteTimeMap {
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
