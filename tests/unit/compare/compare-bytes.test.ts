import { describe, expect, it } from 'vitest';
import { compare } from '../../../shared/compare/compare.ts';
import type { CompareReport, Edit } from '../../../shared/compare/report.ts';
import { CHUNK_MAX } from '../../../shared/fingerprint/chunk-params.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { concat, memorySource, prngBytes } from '../fingerprint/test-data.ts';

const M = 1_000_000;
const O = prngBytes(4 * M, 101);
const fresh = (n: number, seed: number): Uint8Array => prngBytes(n, seed);
const fpOf = (bytes: Uint8Array, name: string) => fingerprintOf(name, bytes);
const originalFp = fpOf(O, 'original.bin');

/**
 * Compares O with `copy`, with both files at hand (exact) or from the fingerprint only (chunks).
 * Every edit must rest on the bytes at the report's resolution; the edits are returned without
 * those two fields, so the cases below state only kinds and ranges.
 */
async function run(copy: Uint8Array, withFiles = true): Promise<CompareReport> {
  const copyFp = fpOf(copy, 'copy.bin');
  const report = await (withFiles
    ? compare({ fingerprint: originalFp, source: memorySource('original.bin', O) }, { fingerprint: copyFp, source: memorySource('copy.bin', copy) })
    : compare({ fingerprint: originalFp }, { fingerprint: copyFp }));
  for (const e of report.edits) expect(e).toMatchObject({ basis: 'bytes', resolution: withFiles ? 0 : CHUNK_MAX });
  return { ...report, edits: report.edits.map(({ basis: _basis, resolution: _resolution, ...e }) => e as Edit) };
}

describe('byte-level comparison with both files', () => {
  it('identical', async () => {
    const r = await run(O.slice());
    expect(r).toMatchObject({ verdict: 'identical', basis: 'bytes', unit: 'bytes', edits: [] });
    expect(r.original).toEqual(r.copy);
  });

  it('unrelated', async () => {
    const r = await run(fresh(4 * M, 102));
    expect(r.verdict).toBe('unrelated');
    expect(r.edits).toEqual([]);
  });

  it('cut', async () => {
    const r = await run(concat(O.subarray(0, M), O.subarray(1.3 * M)));
    expect(r.verdict).toBe('edited');
    expect(r.edits).toEqual([{ kind: 'removed', original: [M, 1.3 * M] }]);
    expect(r.copy.bytes).toBe(3.7 * M);
  });

  it('insert of new material', async () => {
    const r = await run(concat(O.subarray(0, 2 * M), fresh(200_000, 103), O.subarray(2 * M)));
    expect(r.edits).toEqual([{ kind: 'inserted', copy: [2 * M, 2.2 * M], from: null }]);
  });

  it('insert of material copied from elsewhere in the recording', async () => {
    const r = await run(concat(O, O.subarray(M, 1.4 * M)));
    expect(r.edits).toEqual([{ kind: 'inserted', copy: [4 * M, 4.4 * M], from: [M, 1.4 * M] }]);
  });

  it('replace', async () => {
    const r = await run(concat(O.subarray(0, 1.5 * M), fresh(100_000, 104), O.subarray(1.6 * M)));
    expect(r.edits).toEqual([{ kind: 'replaced', original: [1.5 * M, 1.6 * M], copy: [1.5 * M, 1.6 * M] }]);
  });

  it('move', async () => {
    const r = await run(concat(O.subarray(0, M), O.subarray(1.5 * M, 3 * M), O.subarray(M, 1.5 * M), O.subarray(3 * M)));
    expect(r.edits).toEqual([{ kind: 'moved', original: [M, 1.5 * M], copy: [2.5 * M, 3 * M] }]);
  });

  it('trimmed head and tail', async () => {
    expect((await run(O.subarray(300_000))).edits).toEqual([{ kind: 'removed', original: [0, 300_000] }]);
    expect((await run(O.subarray(0, 3.5 * M))).edits).toEqual([{ kind: 'removed', original: [3.5 * M, 4 * M] }]);
  });

  it('several edits at once, in copy order', async () => {
    const copy = concat(O.subarray(0, 0.5 * M), O.subarray(0.8 * M, 2 * M), fresh(50_000, 105), O.subarray(2 * M));
    expect((await run(copy)).edits).toEqual([
      { kind: 'removed', original: [0.5 * M, 0.8 * M] },
      { kind: 'inserted', copy: [1.7 * M, 1.75 * M], from: null },
    ]);
  });
});

describe('byte-level comparison from a fingerprint alone', () => {
  /** Every original-side range, merged: the edits must cover the truth and stay within chunks of it. */
  function originalSide(edits: Edit[]): [number, number] {
    const ranges = edits.flatMap((e) => ('original' in e ? [e.original] : []));
    return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
  }

  it('localises a cut to the surrounding chunks', async () => {
    const r = await run(concat(O.subarray(0, M), O.subarray(1.3 * M)), false);
    expect(r.verdict).toBe('edited');
    const [start, end] = originalSide(r.edits);
    expect(start).toBeLessThanOrEqual(M);
    expect(start).toBeGreaterThan(M - CHUNK_MAX);
    expect(end).toBeGreaterThanOrEqual(1.3 * M);
    expect(end).toBeLessThan(1.3 * M + 2 * CHUNK_MAX);
  });

  it('finds a moved stretch and a copied one', async () => {
    const moved = await run(concat(O.subarray(0, M), O.subarray(1.5 * M, 3 * M), O.subarray(M, 1.5 * M), O.subarray(3 * M)), false);
    expect(moved.edits.some((e) => e.kind === 'moved')).toBe(true);
    const copied = await run(concat(O, O.subarray(M, 1.4 * M)), false);
    expect(copied.edits.some((e) => e.kind === 'inserted' && e.from !== null)).toBe(true);
  });

  it('still says identical and unrelated', async () => {
    expect((await run(O.slice(), false)).verdict).toBe('identical');
    expect((await run(fresh(M, 106), false)).verdict).toBe('unrelated');
  });
});
