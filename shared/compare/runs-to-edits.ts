// Turns aligned byte runs into edits. Between two consecutive kept runs lies a gap in the original
// and a gap in the copy; what the moved and copied runs do not explain is removed (original only),
// inserted (copy only) or replaced (one stretch each). Ranges are bytes here; the caller converts.
import type { Edit, Range } from './report.ts';
import type { ByteRun } from './byte-runs.ts';

type Interval = [number, number];

export function runsToEdits(runs: readonly ByteRun[], originalSize: number, copySize: number): Edit[] {
  const kept = runs.filter((r) => r.kind === 'kept').sort((x, y) => x.o - y.o);
  const others = runs.filter((r) => r.kind !== 'kept').sort((x, y) => x.c - y.c);
  const movedFrom = others.filter((r) => r.kind === 'moved').sort((x, y) => x.o - y.o);
  const placed: { at: number; edit: Edit }[] = [];
  const bounds = [{ o: 0, c: 0, len: 0 }, ...kept, { o: originalSize, c: copySize, len: 0 }];
  // Moved and copied runs lie inside the gaps, so one sweep over each sorted list finds them.
  let nextOther = 0;
  let nextMoved = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const before = bounds[k]!;
    const after = bounds[k + 1]!;
    const origGap: Interval = [before.o + before.len, after.o];
    const copyGap: Interval = [before.c + before.len, after.c];
    const inCopyGap: Interval[] = [];
    for (; nextOther < others.length && others[nextOther]!.c < copyGap[1]; nextOther++) {
      const r = others[nextOther]!;
      inCopyGap.push([r.c, r.c + r.len]);
    }
    const inOrigGap: Interval[] = [];
    for (; nextMoved < movedFrom.length && movedFrom[nextMoved]!.o < origGap[1]; nextMoved++) {
      const r = movedFrom[nextMoved]!;
      inOrigGap.push([r.o, r.o + r.len]);
    }
    const removed = subtract(origGap, inOrigGap);
    const inserted = subtract(copyGap, inCopyGap);
    if (removed.length === 1 && inserted.length === 1) {
      placed.push({ at: inserted[0]![0], edit: { kind: 'replaced', original: removed[0]!, copy: inserted[0]! } });
      continue;
    }
    for (const r of removed) placed.push({ at: copyGap[0], edit: { kind: 'removed', original: r } });
    for (const i of inserted) placed.push({ at: i[0], edit: { kind: 'inserted', copy: i, from: null } });
  }
  for (const r of others) {
    const original: Range = [r.o, r.o + r.len];
    const copy: Range = [r.c, r.c + r.len];
    placed.push({ at: r.c, edit: r.kind === 'moved' ? { kind: 'moved', original, copy } : { kind: 'inserted', copy, from: original } });
  }
  return placed.sort((x, y) => x.at - y.at).map((p) => p.edit);
}

/** The parts of `range` not covered by `cuts` (sorted, disjoint), dropping empty ones. */
function subtract(range: Interval, cuts: readonly Interval[]): Interval[] {
  const parts: Interval[] = [];
  let at = range[0];
  for (const [cs, ce] of cuts) {
    if (cs > at) parts.push([at, Math.min(cs, range[1])]);
    at = Math.max(at, ce);
  }
  if (range[1] > at) parts.push([at, range[1]]);
  return parts.filter(([s, e]) => e > s);
}
