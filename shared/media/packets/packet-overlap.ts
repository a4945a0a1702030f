// Real packets never share bytes. A table whose packets overlap (an MP4 sample table listing the
// same bytes twice) is refused: hashing each copy would cost work the file's size does not bound,
// and a comparison would count the same sound twice. Linear when the packets are in file order (as
// nearly every file lists them), else one sort: n log n.
import type { PacketList } from './packet-list.ts';

/** The file offset where two packets' bytes first overlap, or -1 when none do. */
export function packetOverlap(packets: PacketList): number {
  const starts: number[] = [];
  const ends: number[] = [];
  const run = (start: number, size: number) => {
    if (size <= 0) return;
    starts.push(start);
    ends.push(start + size);
  };
  for (let i = 0; i < packets.length; i++) {
    const parts = packets.parts(i);
    if (!parts) run(packets.offset(i), packets.size(i));
    else for (let k = 0; k < parts.length; k += 2) run(parts[k]!, parts[k + 1]!);
  }
  let inOrder = true;
  for (let k = 1; k < starts.length && inOrder; k++) inOrder = starts[k]! >= starts[k - 1]!;
  const order = Uint32Array.from(starts, (_, k) => k);
  if (!inOrder) order.sort((a, b) => starts[a]! - starts[b]!);
  let reached = -Infinity;
  for (const k of order) {
    if (starts[k]! < reached) return starts[k]!;
    reached = Math.max(reached, ends[k]!);
  }
  return -1;
}
