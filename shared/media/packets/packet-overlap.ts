// Real packets never share bytes. A table whose packets overlap (an MP4 sample table listing the
// same bytes twice) is refused: hashing each copy would cost work the file's size does not bound,
// and a comparison would count the same sound twice. Linear when the packets are in file order (as
// nearly every file lists them), else one sort: n log n.
import type { PacketList } from './packet-list.ts';

/** The file offset where two packets' bytes first overlap, or -1 when none do. */
export function packetOverlap(packets: PacketList): number {
  // Typed columns of the exact length: an hour of video has some 260 000 runs to check.
  let runs = 0;
  for (let i = 0; i < packets.length; i++) runs += (packets.parts(i)?.length ?? 2) / 2;
  const starts = new Float64Array(runs);
  const ends = new Float64Array(runs);
  let count = 0;
  const run = (start: number, size: number) => {
    if (size <= 0) return;
    starts[count] = start;
    ends[count++] = start + size;
  };
  for (let i = 0; i < packets.length; i++) {
    const parts = packets.parts(i);
    if (!parts) run(packets.offset(i), packets.size(i));
    else for (let k = 0; k < parts.length; k += 2) run(parts[k]!, parts[k + 1]!);
  }
  let inOrder = true;
  for (let k = 1; k < count && inOrder; k++) inOrder = starts[k]! >= starts[k - 1]!;
  const order = inOrder ? null : Uint32Array.from({ length: count }, (_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
  let reached = -Infinity;
  for (let j = 0; j < count; j++) {
    const k = order ? order[j]! : j;
    if (starts[k]! < reached) return starts[k]!;
    reached = Math.max(reached, ends[k]!);
  }
  return -1;
}
