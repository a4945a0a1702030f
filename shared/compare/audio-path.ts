// The most likely reading of the copy, sub-fingerprint by sub-fingerprint: "this is the original at
// offset d" (one state per candidate offset) or "this is not in the original" (one extra state).
// A Viterbi pass finds the cheapest path, where a state costs its bit error rate and every change of
// state costs SWITCH_COST. Boundaries land where the evidence changes; brief coincidences, repeated
// phrases and noisy frames cannot pay for two switches, so they do not become edits.

import { popcount32 } from '../audio/popcount.ts';
import { PROGRESS_STEP, type StepProgress } from './audio-candidates.ts';

/** Cost per sub-fingerprint of "not in the original"; matching audio scores 0.02-0.15. */
const UNMATCHED_COST = 0.28;
/** Mismatch of unrelated audio. */
const UNRELATED_COST = 0.5;
/** In bit-error units: ~0.8 s of clearly better evidence is needed to justify a detour. */
const SWITCH_COST = 8;

export interface PathInput {
  original: Uint32Array;
  copy: Uint32Array;
  offsets: readonly number[];
  /** 1 where the original is silence or background. */
  originalQuiet: Uint8Array;
  /** 1 where the copy is near its speech level. */
  copyLoud: Uint8Array;
}

export interface Run {
  /** Index into offsets, or -1 for "not in the original". */
  state: number;
  /** Copy sub-fingerprints [from, to). */
  from: number;
  to: number;
  /** Mean bit error rate over the run's non-quiet sub-fingerprints (UNMATCHED_COST when none). */
  errorRate: number;
}

/** The bit error rate of `state` at copy index j, or null where it is no evidence either way. */
function errorRate(input: PathInput, state: number, j: number): number | null {
  if (state === input.offsets.length) return null;
  const i = j + input.offsets[state]!;
  if (i < 0 || i >= input.original.length) return UNRELATED_COST;
  // Silence on the original side with no clear sound in the copy: both are noise, neither evidence.
  if (input.originalQuiet[i] === 1 && input.copyLoud[j] === 0) return null;
  return popcount32(input.original[i]! ^ input.copy[j]!) / 32;
}

function emission(input: PathInput, state: number, j: number): number {
  return errorRate(input, state, j) ?? UNMATCHED_COST;
}

export function bestPath(input: PathInput, onProgress?: StepProgress): Run[] {
  const m = input.copy.length;
  const states = input.offsets.length + 1;
  if (m === 0) return [];
  let cost = new Float64Array(states);
  let next = new Float64Array(states);
  const back = new Uint8Array(m * states);
  for (let s = 0; s < states; s++) cost[s] = emission(input, s, 0);
  for (let j = 1; j < m; j++) {
    if (j % PROGRESS_STEP === 0) onProgress?.(j);
    let best = 0;
    for (let s = 1; s < states; s++) if (cost[s]! < cost[best]!) best = s;
    const switched = cost[best]! + SWITCH_COST;
    for (let s = 0; s < states; s++) {
      const stay = cost[s]!;
      const from = stay <= switched ? s : best;
      back[j * states + s] = from;
      next[s] = Math.min(stay, switched) + emission(input, s, j);
    }
    [cost, next] = [next, cost];
  }
  let state = 0;
  for (let s = 1; s < states; s++) if (cost[s]! < cost[state]!) state = s;
  const path = new Uint8Array(m);
  for (let j = m - 1; j >= 0; j--) {
    path[j] = state;
    state = back[j * states + state]!;
  }
  return runsOf(input, path);
}

function runsOf(input: PathInput, path: Uint8Array): Run[] {
  const unmatched = input.offsets.length;
  const runs: Run[] = [];
  let from = 0;
  for (let j = 1; j <= path.length; j++) {
    if (j < path.length && path[j] === path[from]) continue;
    const state = path[from]!;
    let errors = 0;
    let counted = 0;
    for (let k = from; k < j; k++) {
      const rate = errorRate(input, state, k);
      if (rate === null) continue;
      errors += rate;
      counted++;
    }
    runs.push({ state: state === unmatched ? -1 : state, from, to: j, errorRate: counted ? errors / counted : UNMATCHED_COST });
    from = j;
  }
  return runs;
}
