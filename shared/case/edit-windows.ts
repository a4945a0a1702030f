// Where to listen and look around each edit (seconds): the original's stretch that was removed,
// replaced or moved, and the copy's stretch or join, each with a few seconds before and after. A
// removed stretch has no place in the copy: its join is where the original's start lands once the
// edits before it have shortened or lengthened the copy.
import type { CompareReport, Edit, Range } from '../compare/report.ts';

/** Seconds heard and drawn before and after an edit. */
export const CONTEXT_SECONDS = 3;

export interface SideWindow {
  /** The stretch heard and drawn. */
  window: Range;
  /** The edit inside it: a stretch, or a join (start = end). */
  mark: Range;
}

export interface EditWindows {
  original: SideWindow | null;
  copy: SideWindow | null;
}

function around(mark: Range, duration: number | null): SideWindow {
  const end = duration ?? mark[1] + CONTEXT_SECONDS;
  return { window: [Math.max(0, mark[0] - CONTEXT_SECONDS), Math.min(end, mark[1] + CONTEXT_SECONDS)], mark };
}

/** How much longer the copy is than the original up to `at` in the original, from the edits before it. */
function shiftBefore(edits: readonly Edit[], at: number): number {
  let shift = 0;
  for (const e of edits) {
    if (e.kind === 'removed' && e.original[1] <= at) shift -= e.original[1] - e.original[0];
    if (e.kind === 'replaced' && e.original[1] <= at) shift += e.copy[1] - e.copy[0] - (e.original[1] - e.original[0]);
    if (e.kind === 'inserted' && e.copy[0] <= at + shift) shift += e.copy[1] - e.copy[0];
  }
  return shift;
}

/** Null when the report's ranges are bytes, not seconds: there is nothing to play. */
export function editWindows(report: CompareReport): EditWindows[] | null {
  if (report.unit !== 'seconds') return null;
  const a = report.original.duration;
  const b = report.copy.duration;
  return report.edits.map((e): EditWindows => {
    switch (e.kind) {
      case 'removed': {
        const join = e.original[0] + shiftBefore(report.edits, e.original[0]);
        return { original: around(e.original, a), copy: around([join, join], b) };
      }
      case 'inserted':
        return { original: e.from ? around(e.from, a) : null, copy: around(e.copy, b) };
      case 'replaced':
      case 'moved':
        return { original: around(e.original, a), copy: around(e.copy, b) };
    }
  });
}

/** The copy's joins (seconds) where a stretch of the original was removed; none for byte ranges. */
export function copyJoins(report: CompareReport): number[] {
  return (editWindows(report) ?? []).flatMap((w) => (w.copy && w.copy.mark[0] === w.copy.mark[1] ? [w.copy.mark[0]] : []));
}
