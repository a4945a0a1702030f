// Real packets never share bytes. A table whose packets overlap (an MP4 sample table listing the
// same bytes twice) is refused: hashing each copy would cost work the file's size does not bound,
// and a comparison would count the same sound twice. Linear and without copies when the runs are in
// file order (as nearly every file lists them), else one sort of their columns: n log n.
import type { PacketList } from './packet-list.ts';

/** The file offset where two packets' bytes first overlap, or -1 when none do. */
export function packetOverlap(packets: PacketList): number {
  const inOrder = overlapInOrder(packets);
  return inOrder === null ? overlapSorted(packets) : inOrder;
}

/** The packets' non-empty byte runs, in list order. */
function forEachRun(packets: PacketList, run: (start: number, size: number) => void): void {
  for (let i = 0; i < packets.length; i++) {
    const parts = packets.parts(i);
    if (!parts) {
      if (packets.size(i) > 0) run(packets.offset(i), packets.size(i));
    } else for (let k = 0; k < parts.length; k += 2) if (parts[k + 1]! > 0) run(parts[k]!, parts[k + 1]!);
  }
}

/** The overlap as the runs come, or null when they are not in file order (nothing held per run). */
function overlapInOrder(packets: PacketList): number | null {
  let previous = -Infinity;
  let reached = -Infinity;
  let found = -1;
  let ordered = true;
  forEachRun(packets, (start, size) => {
    if (!ordered) return;
    if (start < previous) ordered = false;
    else if (found < 0 && start < reached) found = start;
    previous = start;
    reached = Math.max(reached, start + size);
  });
  return ordered ? found : null;
}

/** The overlap among runs out of file order: typed columns of the exact length, sorted by start. */
function overlapSorted(packets: PacketList): number {
  let runs = 0;
  forEachRun(packets, () => runs++);
  const starts = new Float64Array(runs);
  const ends = new Float64Array(runs);
  let count = 0;
  forEachRun(packets, (start, size) => {
    starts[count] = start;
    ends[count++] = start + size;
  });
  const order = Uint32Array.from({ length: count }, (_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
  let reached = -Infinity;
  for (const k of order) {
    if (starts[k]! < reached) return starts[k]!;
    reached = Math.max(reached, ends[k]!);
  }
  return -1;
}
