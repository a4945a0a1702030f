// The coloured segments of the timeline: each edit's ranges, placed on the original's bar or the
// copy's bar. Data only; timeline.tsx draws it.
import type { CompareReport, EditKind, FileSummary, Range, Unit } from '../../shared/compare/report.ts';

export type Bar = 'original' | 'copy';

export interface Segment {
  bar: Bar;
  kind: EditKind;
  range: Range;
  /** Index of the edit in the report, for the link between the two bars and the edit list. */
  edit: number;
}

export function segmentsOf(report: CompareReport): Segment[] {
  return report.edits.flatMap((e, edit): Segment[] => {
    switch (e.kind) {
      case 'removed':
        return [{ bar: 'original', kind: e.kind, range: e.original, edit }];
      case 'inserted':
        return [{ bar: 'copy', kind: e.kind, range: e.copy, edit }];
      case 'replaced':
      case 'moved':
        return [
          { bar: 'original', kind: e.kind, range: e.original, edit },
          { bar: 'copy', kind: e.kind, range: e.copy, edit },
        ];
    }
  });
}

/** The length of a file's bar: its duration or size, never shorter than a range drawn on it. */
export function extentOf(file: FileSummary, unit: Unit, segments: readonly Segment[], bar: Bar): number {
  const own = unit === 'seconds' ? (file.duration ?? 0) : file.bytes;
  return segments.filter((s) => s.bar === bar).reduce((max, s) => Math.max(max, s.range[1]), own);
}
