// Two H.264 pictures whose coded pictures match packet for packet are still not the same picture
// when their avcC parameter sets differ: the SPS says the size, the cropping, the aspect ratio and
// the colours, so a copy that rewrote only it (h264_metadata crop_*) shows less of every frame.
// The packets then decide where the coded pictures are (so a re-encode, whose parameter sets differ
// too, is left to the picture's look), and this makes the whole picture replaced.
import type { Edit } from '../../compare/report.ts';
import type { PacketTable } from './packet-table.ts';

/** Seconds from the first packet's start to the last packet's end. */
function span(table: PacketTable): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < table.times.length; i++) {
    start = Math.min(start, table.times[i]!);
    end = Math.max(end, table.times[i]! + table.durations[i]!);
  }
  return [Math.max(0, start / table.timebase), end / table.timebase];
}

/** The edit a change of the parameter sets makes (the whole picture replaced), or null when both tables' agree or either has none. */
export function parameterSetsEdit(original: PacketTable, copy: PacketTable): Edit | null {
  const [a, b] = [original.picture, copy.picture];
  if (!a || !b || a.parameterSets === b.parameterSets || original.times.length === 0 || copy.times.length === 0) return null;
  return { kind: 'replaced', original: span(original), copy: span(copy) };
}
