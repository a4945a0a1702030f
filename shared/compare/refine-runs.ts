// With both files at hand, chunk-granular runs are grown byte by byte into the gaps around them, so
// a cut or an insert is reported to the byte (and, for WAV, to the sample), not to the chunk.
// Runs are processed in copy order; each may grow only up to its neighbours.
import type { ByteSource } from '../media/byte-source.ts';
import type { ByteRun } from './byte-runs.ts';

const BLOCK = 64 * 1024;

export async function refineRuns(runs: readonly ByteRun[], original: ByteSource, copy: ByteSource): Promise<ByteRun[]> {
  const out = runs.map((r) => ({ ...r }));
  const kept = out.filter((r) => r.kind === 'kept').sort((x, y) => x.o - y.o);
  for (let k = 0; k < out.length; k++) {
    const run = out[k]!;
    const [oLo, oHi] = originalLimits(run, kept, original.size);
    const cLo = k > 0 ? end(out[k - 1]!).c : 0;
    const cHi = k + 1 < out.length ? out[k + 1]!.c : copy.size;
    const back = await commonSuffix(original, run.o, copy, run.c, Math.min(run.o - oLo, run.c - cLo));
    run.o -= back;
    run.c -= back;
    run.len += back;
    const e = end(run);
    run.len += await commonPrefix(original, e.o, copy, e.c, Math.min(oHi - e.o, cHi - e.c));
  }
  return mergeAdjacent(out);
}

function end(r: ByteRun): { o: number; c: number } {
  return { o: r.o + r.len, c: r.c + r.len };
}

/**
 * Kept runs grow up to the neighbouring kept runs; moved ones within the gap they came from.
 * `kept` is sorted by original offset (growing never reorders it), so a binary search finds them.
 */
export function originalLimits(run: ByteRun, kept: readonly ByteRun[], size: number): [number, number] {
  if (run.kind === 'copied') return [0, size];
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.o < run.o) lo = mid + 1;
    else hi = mid;
  }
  const before = kept[lo - 1];
  const after = kept[kept[lo] === run ? lo + 1 : lo];
  return [before ? before.o + before.len : 0, after ? after.o : size];
}

export function mergeAdjacent(runs: ByteRun[]): ByteRun[] {
  const out: ByteRun[] = [];
  for (const r of runs) {
    if (r.len === 0) continue;
    const last = out[out.length - 1];
    if (last && last.kind === r.kind && last.o + last.len === r.o && last.c + last.len === r.c) last.len += r.len;
    else out.push(r);
  }
  return out;
}

/** Equal bytes going forward from a and b, at most `limit`. */
async function commonPrefix(a: ByteSource, aAt: number, b: ByteSource, bAt: number, limit: number): Promise<number> {
  let n = 0;
  while (n < limit) {
    const len = Math.min(BLOCK, limit - n);
    const [x, y] = await Promise.all([a.read(aAt + n, len), b.read(bAt + n, len)]);
    const m = Math.min(x.length, y.length);
    let i = 0;
    while (i < m && x[i] === y[i]) i++;
    n += i;
    if (i < len) break;
  }
  return n;
}

/** Equal bytes going backward from just before a and b, at most `limit`. */
async function commonSuffix(a: ByteSource, aEnd: number, b: ByteSource, bEnd: number, limit: number): Promise<number> {
  let n = 0;
  while (n < limit) {
    const len = Math.min(BLOCK, limit - n);
    const [x, y] = await Promise.all([a.read(aEnd - n - len, len), b.read(bEnd - n - len, len)]);
    let i = 0;
    while (i < len && x[len - 1 - i] === y[len - 1 - i]) i++;
    n += i;
    if (i < len) break;
  }
  return n;
}
