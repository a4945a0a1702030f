// Byte-layer findings in seconds for media other than WAV, through each file's byte→time map from
// its container reader. A range that maps to no duration lies outside the audio packets (headers,
// tags, video between them).
import type { ByteTimeMap } from '../media/byte-time-map.ts';
import { mapEdits, roundSeconds } from './map-edits.ts';
import type { Edit, Range } from './report.ts';

export function editsToMediaSeconds(edits: readonly Edit[], original: ByteTimeMap, copy: ByteTimeMap): Edit[] {
  return mapEdits(edits, (r) => timed(original.rangeToSeconds(r)), (r) => timed(copy.rangeToSeconds(r)));
}

function timed(range: Range | null): Range | null {
  if (!range || range[1] <= range[0]) return null;
  return [roundSeconds(range[0]), roundSeconds(range[1])];
}
