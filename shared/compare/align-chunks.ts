// Aligns two chunk-hash sequences. Content-defined chunks resynchronise after an edit, so most chunks
// of an edited copy equal chunks of the original. First a monotone backbone of chunks that stayed in
// place (patience-diff style: unique chunks as anchors, their longest increasing chain, then the
// same inside every gap); then the copy's remaining chunks are looked up anywhere in the original:
// content missing from its place is "moved", content still in place elsewhere is "copied".

export type RunKind = 'kept' | 'moved' | 'copied';

/** `n` consecutive chunks equal in both: original chunks a.., copy chunks b.. */
export interface ChunkRun {
  a: number;
  b: number;
  n: number;
  kind: RunKind;
}

export function alignChunks(a: readonly string[], b: readonly string[]): ChunkRun[] {
  const matchOfA = new Int32Array(a.length).fill(-1);
  const matchOfB = new Int32Array(b.length).fill(-1);
  for (const [i, j] of backbone(a, b)) {
    matchOfA[i] = j;
    matchOfB[j] = i;
  }
  const runs: ChunkRun[] = [];
  for (let j = 0; j < b.length; j++) {
    const i = matchOfB[j]!;
    if (i < 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.a + last.n === i && last.b + last.n === j) last.n++;
    else runs.push({ a: i, b: j, n: 1, kind: 'kept' });
  }
  return [...runs, ...outOfPlace(a, b, matchOfA, matchOfB)].sort((x, y) => x.b - y.b);
}

/** Monotone matched pairs [i, j], found window by window without recursion. */
function backbone(a: readonly string[], b: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  const windows: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  for (let w = windows.pop(); w; w = windows.pop()) {
    let [aLo, aHi, bLo, bHi] = w;
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) pairs.push([aLo++, bLo++]);
    while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) pairs.push([--aHi, --bHi]);
    const anchors = longestIncreasing(uniquePairs(a, aLo, aHi, b, bLo, bHi));
    let prevA = aLo;
    let prevB = bLo;
    for (const [i, j] of anchors) {
      pairs.push([i, j]);
      if (i > prevA && j > prevB) windows.push([prevA, i, prevB, j]);
      prevA = i + 1;
      prevB = j + 1;
    }
    if (anchors.length > 0 && aHi > prevA && bHi > prevB) windows.push([prevA, aHi, prevB, bHi]);
  }
  return pairs;
}

/** Pairs [i, j] of hashes that occur exactly once in each window, ordered by i. */
function uniquePairs(a: readonly string[], aLo: number, aHi: number, b: readonly string[], bLo: number, bHi: number): [number, number][] {
  const inA = new Map<string, number>();
  for (let i = aLo; i < aHi; i++) inA.set(a[i]!, inA.has(a[i]!) ? -1 : i);
  const inB = new Map<string, number>();
  for (let j = bLo; j < bHi; j++) {
    if (inA.has(b[j]!)) inB.set(b[j]!, inB.has(b[j]!) ? -1 : j);
  }
  const pairs: [number, number][] = [];
  for (const [hash, j] of inB) {
    const i = inA.get(hash)!;
    if (i >= 0 && j >= 0) pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/** The longest chain of pairs increasing in j (pairs come sorted by i), by patience sorting. */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

/** Runs for the copy's chunks outside the backbone whose hash occurs somewhere in the original. */
function outOfPlace(a: readonly string[], b: readonly string[], matchOfA: Int32Array, matchOfB: Int32Array): ChunkRun[] {
  const where = new Map<string, number[]>();
  a.forEach((hash, i) => {
    const list = where.get(hash);
    if (list) list.push(i);
    else where.set(hash, [i]);
  });
  const usedA = new Uint8Array(a.length);
  const runs: ChunkRun[] = [];
  let run: ChunkRun | null = null;
  for (let j = 0; j < b.length; j++) {
    if (matchOfB[j]! >= 0) {
      run = null;
      continue;
    }
    const next = run ? run.a + run.n : -1;
    if (run && next < a.length && a[next] === b[j] && (run.kind === 'copied' || (matchOfA[next]! < 0 && !usedA[next]))) {
      run.n++;
      if (run.kind === 'moved') usedA[next] = 1;
      continue;
    }
    const candidates = where.get(b[j]!);
    if (!candidates) {
      run = null;
      continue;
    }
    const free = candidates.find((i) => matchOfA[i]! < 0 && !usedA[i]);
    run = free === undefined ? { a: candidates[0]!, b: j, n: 1, kind: 'copied' } : { a: free, b: j, n: 1, kind: 'moved' };
    if (free !== undefined) usedA[free] = 1;
    runs.push(run);
  }
  return runs;
}
