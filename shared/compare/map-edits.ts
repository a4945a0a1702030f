// Moves edits from bytes to seconds with one mapping per side. A range that maps to nothing lies
// outside the audio (headers, tags), so an edit made only of such ranges is not a content edit and
// disappears; a replaced or moved edit with one side outside becomes removed or inserted.
import type { Edit, Range } from './report.ts';

export type RangeMapping = (range: Range) => Range | null;

export function mapEdits(edits: readonly Edit[], o: RangeMapping, c: RangeMapping): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    if (e.kind === 'removed') {
      const original = o(e.original);
      if (original) out.push({ kind: 'removed', original });
    } else if (e.kind === 'inserted') {
      const copy = c(e.copy);
      if (copy) out.push({ kind: 'inserted', copy, from: e.from && o(e.from) });
    } else {
      const original = o(e.original);
      const copy = c(e.copy);
      if (original && copy) out.push({ kind: e.kind, original, copy });
      else if (original) out.push({ kind: 'removed', original });
      else if (copy) out.push({ kind: 'inserted', copy, from: null });
    }
  }
  return out;
}

/** Microseconds are far below a sample at any rate; rounding hides float noise in the output. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6;
}
