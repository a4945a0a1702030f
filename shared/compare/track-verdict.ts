// The verdict over every track: the sound's report (from the layers) with the other tracks' findings
// (track-compare.ts) added. An edit found in the sound and in the picture at the same place is one
// edit in both; the verdict is edited when any track is; tracks that could not be compared are named.
import type { Edit, Range } from './report.ts';
import type { CompareReport } from './report.ts';
import type { TrackFindings } from './track-compare.ts';

/** A stream-copy cut moves sound and picture by a packet or a keyframe apart; this close it is one edit. */
const SAME_PLACE_SECONDS = 0.5;

function ranges(e: Edit): (Range | null)[] {
  switch (e.kind) {
    case 'removed':
      return [e.original, null];
    case 'inserted':
      return [null, e.copy];
    default:
      return [e.original, e.copy];
  }
}

function samePlace(a: Edit, b: Edit): boolean {
  if (a.kind !== b.kind) return false;
  const [ra, rb] = [ranges(a), ranges(b)];
  return ra.every((r, k) => {
    const o = rb[k]!;
    return r === null ? o === null : o !== null && Math.abs(r[0] - o[0]) <= SAME_PLACE_SECONDS && Math.abs(r[1] - o[1]) <= SAME_PLACE_SECONDS;
  });
}

function start(e: Edit): number {
  const [o, c] = ranges(e);
  return c?.[0] ?? o?.[0] ?? 0;
}

export function withTracks(report: CompareReport, found: TrackFindings): CompareReport {
  if (report.verdict === 'identical' || report.verdict === 'unrelated' || report.verdict === 'cannot-tell' || report.unit !== 'seconds') return report;
  if (found.edits.length === 0 && found.uncompared.length === 0 && found.compared.length === 0) return report;
  // The packets' and the sound's edits are the first sound track's; differing bytes may be any track's.
  const edits: Edit[] = report.edits.map((e) => (e.tracks || e.basis === 'bytes' ? { ...e } : { ...e, tracks: ['sound'] }));
  for (const edit of found.edits) {
    // Two edits of one track close together stay two: each merges only with another track's.
    const same = edits.find((e) => e.tracks && !e.tracks.some((k) => edit.tracks!.includes(k)) && samePlace(e, edit));
    if (same?.tracks) same.tracks = [...same.tracks, ...edit.tracks!];
    else edits.push(edit);
  }
  edits.sort((a, b) => start(a) - start(b));
  // The report's resolution is its least precise edit's: a picture's is a sampled frame.
  const resolution = Math.max(report.resolution ?? 0, ...found.edits.map((e) => e.resolution ?? 0));
  return {
    ...report,
    verdict: edits.length > 0 ? 'edited' : report.verdict,
    edits,
    ...(report.resolution !== undefined || resolution > 0 ? { resolution } : {}),
    ...(found.uncompared.length > 0 ? { uncompared: found.uncompared } : {}),
    compared: [{ track: 'sound', basis: report.basis }, ...found.compared],
  };
}
