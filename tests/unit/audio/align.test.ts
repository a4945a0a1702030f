import { describe, expect, it } from 'vitest';
import { alignAudio } from '../../../shared/compare/audio-align.ts';
import type { Edit, Range } from '../../../shared/compare/report.ts';
import { at, fingerprintOf, flipBits, randomWords } from './synthetic-fingerprint.ts';

const N = 6000; // ≈ 70 s
const original = randomWords(N, 1);
const reencode = (words: number[], seed = 5): number[] => flipBits(words, 0.12, seed);

function rangesOf(e: Edit): [string, Range | null][] {
  switch (e.kind) {
    case 'removed':
      return [['original', e.original]];
    case 'inserted':
      return [['copy', e.copy], ['from', e.from]];
    case 'replaced':
    case 'moved':
      return [['original', e.original], ['copy', e.copy]];
  }
}

/** Same kinds in the same order, every time within 0.1 s, and a confidence that means something. */
function expectEdits(got: Edit[], want: Edit[]): void {
  expect(got.map((e) => e.kind)).toEqual(want.map((e) => e.kind));
  got.forEach((g, i) => {
    const expected = rangesOf(want[i]!);
    rangesOf(g).forEach(([name, range], k) => {
      const w = expected[k]![1];
      if (range === null || w === null) return expect(range, name).toBe(w);
      range.forEach((t, n) => expect(Math.abs(t - w[n]!), `${g.kind}.${name}[${n}]`).toBeLessThan(0.1));
    });
    expect(g.confidence).toBeGreaterThan(0.5);
    expect(g.confidence).toBeLessThanOrEqual(1);
  });
}

function align(copy: number[], quietOriginal: [number, number][] = [], quietCopy: [number, number][] = []) {
  return alignAudio(fingerprintOf(original, quietOriginal), fingerprintOf(copy, quietCopy));
}

describe('alignAudio', () => {
  it('finds no edit in a re-encoded copy', () => {
    const r = align(reencode(original));
    expect(r.verdict).toBe('same-content');
    expect(r.edits).toEqual([]);
  });

  it('calls a copy without shared audio unrelated', () => {
    const r = align(randomWords(N, 77));
    expect(r.verdict).toBe('unrelated');
    expect(r.edits).toEqual([]);
  });

  it('finds a 1 s cut', () => {
    const r = align(reencode([...original.slice(0, 2000), ...original.slice(2086)]));
    expect(r.verdict).toBe('edited');
    expectEdits(r.edits, [{ kind: 'removed', original: [at(2000), at(2086)] }]);
  });

  it('finds a pasted passage and where it came from', () => {
    const r = align(reencode([...original.slice(0, 1000), ...original.slice(4000, 4258), ...original.slice(1000)]));
    expectEdits(r.edits, [{ kind: 'inserted', copy: [at(1000), at(1258)], from: [at(4000), at(4258)] }]);
  });

  it('finds a passage repeated right after itself', () => {
    const r = align(reencode([...original.slice(0, 3000), ...original.slice(2700, 3000), ...original.slice(3000)]));
    expectEdits(r.edits, [{ kind: 'inserted', copy: [at(3000), at(3300)], from: [at(2700), at(3000)] }]);
  });

  it('finds inserted audio that is not in the original', () => {
    const r = align(reencode([...original.slice(0, 3000), ...randomWords(300, 9), ...original.slice(3000)]));
    expectEdits(r.edits, [{ kind: 'inserted', copy: [at(3000), at(3300)], from: null }]);
  });

  it('finds a replaced passage', () => {
    const r = align(reencode([...original.slice(0, 2500), ...randomWords(350, 11), ...original.slice(2850)]));
    expectEdits(r.edits, [{ kind: 'replaced', original: [at(2500), at(2850)], copy: [at(2500), at(2850)] }]);
  });

  it('finds swapped passages as one move', () => {
    const copy = [...original.slice(0, 3000), ...original.slice(3500, 4100), ...original.slice(3000, 3500), ...original.slice(4100)];
    const r = align(reencode(copy));
    expectEdits(r.edits, [{ kind: 'moved', original: [at(3000), at(3500)], copy: [at(3600), at(4100)] }]);
  });

  it('finds trimmed head and tail', () => {
    const r = align(reencode(original.slice(400, N - 300)));
    expect(r.edits.map((e) => e.kind)).toEqual(['removed', 'removed']);
    const [head, tail] = r.edits as [Extract<Edit, { kind: 'removed' }>, Extract<Edit, { kind: 'removed' }>];
    expect(head.original[0]).toBe(0);
    expect(Math.abs(head.original[1] - 400 * (64 / 5512))).toBeLessThan(0.1);
    // The copy ends where its last frame ends: the original's time of that sample.
    expect(Math.abs(tail.original[0] - ((N - 300) * 64 + 2048) / 5512)).toBeLessThan(0.1);
  });

  it('is not misled by a phrase that occurs twice', () => {
    const repeated = [...original];
    for (let i = 0; i < 400; i++) repeated[3000 + i] = repeated[1000 + i]!;
    const r = alignAudio(fingerprintOf(repeated), fingerprintOf(reencode(repeated)));
    expect(r.edits).toEqual([]);
  });

  it('reports no edit in silence of equal length, whatever its noise', () => {
    const copy = reencode(original);
    const noise = randomWords(500, 13);
    for (let i = 0; i < 500; i++) copy[2000 + i] = noise[i]!;
    const r = align(copy, [[2000, 2500]], [[2000, 2500]]);
    expect(r.verdict).toBe('same-content');
  });

  it('reports lengthened silence as an insertion of the difference, inside the silence', () => {
    const copy = reencode([...original.slice(0, 2500), ...randomWords(200, 17), ...original.slice(2500)]);
    const r = align(copy, [[2000, 2500]], [[2000, 2700]]);
    expect(r.edits.map((e) => e.kind)).toEqual(['inserted']);
    const edit = r.edits[0] as Extract<Edit, { kind: 'inserted' }>;
    expect(edit.copy[1] - edit.copy[0]).toBeCloseTo(200 * (64 / 5512), 0);
    expect(edit.copy[0]).toBeGreaterThanOrEqual(at(2000) - 0.1);
    expect(edit.copy[1]).toBeLessThanOrEqual(at(2700) + 0.1);
  });

  it('reports speech muted in the copy as replaced', () => {
    const copy = reencode(original);
    const noise = randomWords(400, 19);
    for (let i = 0; i < 400; i++) copy[2000 + i] = noise[i]!;
    const r = align(copy, [], [[2000, 2400]]);
    expectEdits(r.edits, [{ kind: 'replaced', original: [at(2000), at(2400)], copy: [at(2000), at(2400)] }]);
  });
});

describe('alignAudio progress', () => {
  it('rises through both passes to the total and changes nothing', () => {
    const long = randomWords(40_000, 9);
    const copyWords = reencode([...long.slice(0, 20_000), ...long.slice(20_086)]);
    const calls: [number, number][] = [];
    const reported = alignAudio(fingerprintOf(long), fingerprintOf(copyWords), (done, total) => calls.push([done, total]));
    expect(reported).toEqual(alignAudio(fingerprintOf(long), fingerprintOf(copyWords)));
    const total = 2 * copyWords.length;
    expect(calls.every(([, t]) => t === total)).toBe(true);
    const dones = calls.map(([d]) => d);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones.at(-1)).toBe(total);
    // Both passes report along the way, not only at the start and the end.
    expect(dones.filter((d) => d > 0 && d < copyWords.length).length).toBeGreaterThan(0);
    expect(dones.filter((d) => d > copyWords.length && d < total).length).toBeGreaterThan(0);
  });
});
