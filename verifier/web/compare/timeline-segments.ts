// The coloured segments of the timeline: each edit's ranges, placed on the original's bar or the
// copy's bar, in the lanes of the tracks it is in, and their labels in rows that never overlap.
// Data only; timeline.tsx draws it.
import type { CompareReport, EditKind, FileSummary, Range, Unit } from '../../../shared/compare/report.ts';
import { editTracks, reportTracks } from '../../../shared/report/report-tracks.ts';

export type Bar = 'original' | 'copy';

/** A track's lane in each bar; `null` is the one lane of a recording with one track. */
export type Lane = string | null;

export interface Segment {
  bar: Bar;
  kind: EditKind;
  range: Range;
  /** Index of the edit in the report, for the link between the two bars and the edit list. */
  edit: number;
  /** The lanes it is drawn in. */
  lanes: readonly Lane[];
}

/** One lane per track when the report speaks of more than one track (pictures first), else one lane. */
export function lanesOf(report: CompareReport): Lane[] {
  const tracks = reportTracks(report).map((k) => k.track);
  return tracks.length > 0 ? tracks : [null];
}

export function segmentsOf(report: CompareReport): Segment[] {
  const lanes = lanesOf(report);
  const named = lanes.filter((l): l is string => l !== null);
  return report.edits.flatMap((e, edit): Segment[] => {
    const own = named.length > 0 ? editTracks(e, named) : lanes;
    switch (e.kind) {
      case 'removed':
        return [{ bar: 'original', kind: e.kind, range: e.original, edit, lanes: own }];
      case 'inserted':
        return [{ bar: 'copy', kind: e.kind, range: e.copy, edit, lanes: own }];
      case 'replaced':
      case 'moved':
        return [
          { bar: 'original', kind: e.kind, range: e.original, edit, lanes: own },
          { bar: 'copy', kind: e.kind, range: e.copy, edit, lanes: own },
        ];
    }
  });
}

/** The length of a file's bar: its duration or size, never shorter than a range drawn on it. */
export function extentOf(file: FileSummary, unit: Unit, segments: readonly Segment[], bar: Bar): number {
  const own = unit === 'seconds' ? (file.duration ?? 0) : file.bytes;
  return segments.filter((s) => s.bar === bar).reduce((max, s) => Math.max(max, s.range[1]), own);
}

/** Width of a label's character at the timeline's 12 px font, rounded up (digits are ~6.7 px). */
export const LABEL_CHAR_WIDTH = 7.5;
/** Space kept between two labels in one row. */
const LABEL_GAP = 8;

export interface LabelPlace {
  x: number;
  /** Row under the bar, 0 first. */
  row: number;
}

/**
 * Label places for labels that want to start at `left` (the segment's start): each in the first
 * row where it clears the labels before it, moved left where it would run past `right`.
 */
export function placeLabels(labels: readonly { left: number; text: string }[], right: number): LabelPlace[] {
  const rowEnds: number[] = [];
  const places: LabelPlace[] = new Array(labels.length);
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.left - labels[b]!.left);
  for (const i of order) {
    const width = labels[i]!.text.length * LABEL_CHAR_WIDTH;
    const x = Math.max(0, Math.min(labels[i]!.left, right - width));
    let row = rowEnds.findIndex((end) => end + LABEL_GAP <= x);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = x + width;
    places[i] = { x, row };
  }
  return places;
}
