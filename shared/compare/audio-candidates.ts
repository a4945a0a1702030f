// Candidate time offsets between copy and original: a sub-fingerprint that survives re-encoding
// exactly (10-45 % of them do, measured over MP3, AAC, Opus and telephone copies) votes for
// `originalIndex - copyIndex`. A real stretch of shared audio piles up votes for one offset within a
// few seconds; chance collisions scatter. The alignment then weighs only these offsets.
import { grownTo } from '../grown-array.ts';

const INDEX_BITS = 2 ** 22;
/** Values this common (silence patterns, tones) say nothing about where they came from. */
const MAX_OCCURRENCES = 16;
/** Votes are counted per window of copy time: ~5 s. */
const WINDOW = 430;
const MIN_VOTES = 5;
/** Offsets closer than this (in hops) are one offset seen with jitter. */
const SUPPRESS = 3;
const MAX_CANDIDATES = 40;

export function maxAlignableLength(): number {
  return INDEX_BITS - 1;
}

function lowerBound(keys: Float64Array, target: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Called now and then with how many copy sub-fingerprints a pass has done. */
export type StepProgress = (done: number) => void;

/** Progress is reported every this many sub-fingerprints (~3 minutes of audio). */
export const PROGRESS_STEP = 16384;

function collectVotes(original: Uint32Array, copy: Uint32Array, onProgress?: StepProgress): Float64Array {
  // Sorting value·2^22 + index as doubles is exact (< 2^54) and far faster than a comparator.
  const keys = new Float64Array(original.length);
  for (let i = 0; i < original.length; i++) keys[i] = original[i]! * INDEX_BITS + i;
  keys.sort();
  let votes = new Float64Array(Math.max(1024, copy.length));
  let count = 0;
  const shift = copy.length;
  for (let j = 0; j < copy.length; j++) {
    if (j % PROGRESS_STEP === 0) onProgress?.(j);
    const base = copy[j]! * INDEX_BITS;
    const from = lowerBound(keys, base);
    let to = from;
    while (to < keys.length && keys[to]! < base + INDEX_BITS) to++;
    if (to - from > MAX_OCCURRENCES) continue;
    for (let p = from; p < to; p++) {
      votes = grownTo(votes, count + 1);
      const d = keys[p]! - base - j;
      votes[count++] = (d + shift) * INDEX_BITS + j;
    }
  }
  return votes.subarray(0, count).sort();
}

/** Offsets (original index − copy index) worth aligning on, best supported first. */
export function offsetCandidates(original: Uint32Array, copy: Uint32Array, onProgress?: StepProgress): number[] {
  if (original.length >= INDEX_BITS || copy.length >= INDEX_BITS) {
    throw new Error(`audio longer than ${maxAlignableLength()} sub-fingerprints (about 13 hours) cannot be aligned`);
  }
  const votes = collectVotes(original, copy, onProgress);
  const shift = copy.length;
  const scored: { offset: number; score: number }[] = [];
  let start = 0;
  while (start < votes.length) {
    const group = Math.floor(votes[start]! / INDEX_BITS);
    let end = start;
    let best = 0;
    let tail = start;
    while (end < votes.length && Math.floor(votes[end]! / INDEX_BITS) === group) {
      const j = votes[end]! - group * INDEX_BITS;
      while (j - (votes[tail]! - group * INDEX_BITS) >= WINDOW) tail++;
      best = Math.max(best, end - tail + 1);
      end++;
    }
    if (best >= MIN_VOTES) scored.push({ offset: group - shift, score: best });
    start = end;
  }
  scored.sort((a, b) => b.score - a.score || a.offset - b.offset);
  const chosen: number[] = [];
  for (const { offset } of scored) {
    if (chosen.length === MAX_CANDIDATES) break;
    if (chosen.every((c) => Math.abs(c - offset) > SUPPRESS)) chosen.push(offset);
  }
  return chosen;
}
