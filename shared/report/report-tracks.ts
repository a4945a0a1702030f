// The tracks a report speaks of, in the order the timeline draws them (pictures above sounds, as in
// a video editor): each with what compared it (null: not compared, with why) and the edits in it.
// Shared by the text report, the page's track list and its timeline lanes.
import type { Basis, CompareReport, Edit } from '../compare/report.ts';
import type { UncomparedTrack } from '../compare/uncompared-track.ts';

export interface ReportTrack {
  /** The track's label: "picture", "sound", "sound 2", … */
  track: string;
  basis: Basis | null;
  /** Why it was not compared; absent when it was. */
  uncompared?: UncomparedTrack;
  /** Indexes into report.edits of the edits in this track. */
  edits: number[];
}

function rank(label: string): [number, number] {
  const [word, n] = label.split(' ');
  return [word === 'picture' ? 0 : 1, Number(n ?? 1)];
}

/** Labels sorted pictures first, then sounds, each by number. */
export function inTrackOrder(labels: readonly string[]): string[] {
  return [...labels].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1];
  });
}

/** An edit's tracks; an edit that names none (found in the bytes) may be in any of them. */
export function editTracks(edit: Edit, all: readonly string[]): readonly string[] {
  return edit.tracks ?? all;
}

/** Every track of a report with more than one; empty for a report of one sound track. */
export function reportTracks(report: CompareReport): ReportTrack[] {
  const labels = new Set<string>();
  for (const c of report.compared ?? []) labels.add(c.track);
  for (const u of report.uncompared ?? []) labels.add(u.track);
  for (const e of report.edits) for (const k of e.tracks ?? []) labels.add(k);
  if (labels.size === 0 || (labels.size === 1 && labels.has('sound'))) return [];
  const sorted = inTrackOrder([...labels]);
  return sorted.map((track) => {
    const uncompared = report.uncompared?.find((u) => u.track === track);
    const edits = report.edits.flatMap((e, i) => (editTracks(e, sorted).includes(track) ? [i] : []));
    // A report made without `compared` still says, by its edits, on what each track's were found.
    const basis = report.compared?.find((c) => c.track === track)?.basis ?? report.edits[edits[0] ?? -1]?.basis ?? null;
    return {
      track,
      basis: uncompared ? null : basis,
      ...(uncompared ? { uncompared } : {}),
      edits,
    };
  });
}
