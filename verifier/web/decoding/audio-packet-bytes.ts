// The audio packets' bytes, read from a File in batches: one slice covers many neighbouring packets,
// so an hour of 20 ms packets is not 180 000 reads; a batch never spans more than MAX_BATCH bytes,
// so memory stays bounded whatever the file's size (video between the packets is read and dropped).
import type { PacketList } from '../../../shared/media/packets/packet-list.ts';

const MAX_BATCH = 4 * 1024 * 1024;

/** Byte ranges of a packet: its parts (an Ogg packet across pages), or its one run. */
function ranges(packets: PacketList, index: number): readonly number[] {
  return packets.parts(index) ?? [packets.offset(index), packets.size(index)];
}

/** Each packet's bytes in order, with its index in `packets`. */
export async function* packetBytes(file: Blob, packets: PacketList): AsyncGenerator<{ index: number; bytes: Uint8Array }> {
  for (let first = 0; first < packets.length; ) {
    const start = packets.offset(first);
    let end = start;
    let last = first;
    for (; last < packets.length; last++) {
      const r = ranges(packets, last);
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = 0; i < r.length; i += 2) {
        lo = Math.min(lo, r[i]!);
        hi = Math.max(hi, r[i]! + r[i + 1]!);
      }
      // A packet out of order, or one that would make the batch too large, starts the next batch.
      if (lo < start || (last > first && hi - start > MAX_BATCH)) break;
      end = Math.max(end, hi);
    }
    if (last === first) last = first + 1;
    const batch = new Uint8Array(await file.slice(start, end).arrayBuffer());
    for (let k = first; k < last; k++) {
      const r = ranges(packets, k);
      if (r.length === 2 && r[0]! >= start && r[0]! + r[1]! <= start + batch.length) {
        yield { index: k, bytes: batch.subarray(r[0]! - start, r[0]! - start + r[1]!) };
        continue;
      }
      yield { index: k, bytes: await gather(file, r, batch, start) };
    }
    first = last;
  }
}

/** A packet in several parts, or one outside the batch: put together from the batch or the file. */
async function gather(file: Blob, r: readonly number[], batch: Uint8Array, start: number): Promise<Uint8Array> {
  let size = 0;
  for (let i = 1; i < r.length; i += 2) size += r[i]!;
  const out = new Uint8Array(size);
  for (let i = 0, at = 0; i < r.length; i += 2) {
    const [offset, length] = [r[i]!, r[i + 1]!];
    const piece =
      offset >= start && offset + length <= start + batch.length
        ? batch.subarray(offset - start, offset - start + length)
        : new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
    out.set(piece, at);
    at += length;
  }
  return out;
}
