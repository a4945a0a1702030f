// Edits placed by block hashes (refine-runs-blocks.ts) end where the last equal block ends, so
// each edge keeps up to a block of unchecked bytes on both sides. A cut then reads as "replaced",
// the copy's side a sliver of under two blocks. Such a sliver is the edges' uncertainty, not new
// material: the edit is a removal (or, mirrored, an insertion) whose length is the difference of
// the two sides, placed in the middle of where it can lie. Likewise a removed or inserted sliver
// beside a longer edit is where that edit's edges cross a block (a moved stretch leaves four): it
// is dropped, unless nothing longer is left to report.
import type { Edit, Range } from './report.ts';

export function settleBlockEdges(edits: readonly Edit[], blockBytes: number, frameBytes: number): Edit[] {
  const length = (r: Range): number => r[1] - r[0];
  const inner = (r: Range, by: number): Range => {
    const half = Math.round(by / 2 / frameBytes) * frameBytes;
    return [r[0] + half, r[1] - (by - half)];
  };
  const settled = edits.map((e): Edit => {
    if (e.kind !== 'replaced') return e;
    const o = length(e.original);
    const c = length(e.copy);
    if (c < 2 * blockBytes && o > c) return { kind: 'removed', original: inner(e.original, c) };
    if (o < 2 * blockBytes && c > o) return { kind: 'inserted', copy: inner(e.copy, o), from: null };
    return e;
  });
  const sliver = (e: Edit): boolean =>
    (e.kind === 'removed' && length(e.original) < 2 * blockBytes) || (e.kind === 'inserted' && e.from === null && length(e.copy) < 2 * blockBytes);
  const longer = settled.filter((e) => !sliver(e));
  return longer.length > 0 ? longer : settled;
}
