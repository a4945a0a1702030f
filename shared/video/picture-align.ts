// Aligns a copy's picture with the original's, frame signature by frame signature, and says what
// was edited, in seconds: candidate offsets (sampled copy frames that nearly equal an original frame
// vote for the difference of their places) → the cheapest path over "the original at offset d" or
// "not in the original" (Viterbi, a switch costs as much as a second of clear evidence) → edits.
// A stretch blacked out, frozen or replaced by other footage matches nothing there: replaced.
import { popcount32 } from '../audio/popcount.ts';
import type { Edit, Range } from '../compare/report.ts';
import type { FrameSignature } from './frame-signature.ts';
import { FRAME_SECONDS } from './params.ts';

/** Hash bits two samplings of one frame differ by at most, for a vote. */
const VOTE_BITS = 6;
const MIN_VOTES = 3;
const MAX_OFFSETS = 24;
/** Frame comparisons spent on finding offsets, at most. */
const VOTE_BUDGET = 50_000_000;
/** Cost of "not in the original" per frame; matching frames cost 0–0.25, unrelated ones about 1. */
const UNMATCHED_COST = 0.4;
/** About a second of clearly better evidence pays for a change of offset. */
const SWITCH_COST = 2;
/** Stretches shorter than this (two frames) are the sampling's jitter, not edits. */
const MIN_EDIT_FRAMES = 2;
/** The copy must share this share of its frames with the original to be related. */
const RELATED_SHARE = 0.2;

export interface PictureAlignment {
  verdict: 'same-content' | 'edited' | 'unrelated';
  edits: Edit[];
}

/** 0 for the same picture, about 1 for unrelated ones. */
export function frameDistance(a: FrameSignature, b: FrameSignature): number {
  if (a.flat || b.flat) return a.flat && b.flat && Math.abs(a.mean - b.mean) <= 16 ? 0 : 1;
  return Math.min(1, (popcount32(a.high ^ b.high) + popcount32(a.low ^ b.low)) / 32);
}

function near(a: FrameSignature, b: FrameSignature): boolean {
  return !a.flat && !b.flat && popcount32(a.high ^ b.high) + popcount32(a.low ^ b.low) <= VOTE_BITS;
}

/**
 * Offsets ranked by their votes, ties by which was voted for first. Counted in arrays indexed by the
 * offset, not a Map: a picture that repeats itself (a test pattern, a still) votes for tens of
 * thousands of offsets in three hours, which as Map entries grew the heap by megabytes.
 */
function candidateOffsets(original: readonly FrameSignature[], copy: readonly FrameSignature[]): number[] {
  // Offset i − j is at i − j + base, for i < original.length and j < copy.length.
  const base = copy.length;
  const votes = new Int32Array(original.length + copy.length + 1);
  const firstVote = new Int32Array(votes.length);
  let voted = 0;
  const vote = (at: number, n: number): void => {
    if (firstVote[at] === 0) firstVote[at] = ++voted;
    votes[at]! += n;
  };
  vote(base, MIN_VOTES);
  const step = Math.max(1, Math.ceil((copy.length * original.length) / VOTE_BUDGET));
  for (let j = 0; j < copy.length; j += step) {
    for (let i = 0; i < original.length; i++) if (near(original[i]!, copy[j]!)) vote(i - j + base, 1);
  }
  const ranked: number[] = [];
  for (let at = 0; at < votes.length; at++) if (votes[at]! >= MIN_VOTES) ranked.push(at);
  ranked.sort((a, b) => votes[b]! - votes[a]! || firstVote[a]! - firstVote[b]!);
  const kept: number[] = [];
  for (const at of ranked) {
    if (kept.length === MAX_OFFSETS) break;
    const offset = at - base;
    if (!kept.some((k) => Math.abs(k - offset) <= 1)) kept.push(offset);
  }
  return kept;
}

interface Run {
  /** Offset (original index − copy index), or null: not in the original. */
  offset: number | null;
  from: number;
  to: number;
}

function bestPath(original: readonly FrameSignature[], copy: readonly FrameSignature[], offsets: readonly number[]): Run[] {
  const states = offsets.length + 1;
  const emission = (s: number, j: number): number => {
    if (s === offsets.length) return UNMATCHED_COST;
    const i = j + offsets[s]!;
    return i < 0 || i >= original.length ? 1 : frameDistance(original[i]!, copy[j]!);
  };
  let cost = Float64Array.from({ length: states }, (_, s) => emission(s, 0));
  let next = new Float64Array(states);
  const back = new Uint8Array(copy.length * states);
  for (let j = 1; j < copy.length; j++) {
    let best = 0;
    for (let s = 1; s < states; s++) if (cost[s]! < cost[best]!) best = s;
    for (let s = 0; s < states; s++) {
      const switched = cost[best]! + SWITCH_COST;
      back[j * states + s] = cost[s]! <= switched ? s : best;
      next[s] = Math.min(cost[s]!, switched) + emission(s, j);
    }
    [cost, next] = [next, cost];
  }
  let state = 0;
  for (let s = 1; s < states; s++) if (cost[s]! < cost[state]!) state = s;
  const path = new Uint8Array(copy.length);
  for (let j = copy.length - 1; j >= 0; j--) {
    path[j] = state;
    state = back[j * states + state]!;
  }
  const runs: Run[] = [];
  for (let j = 0; j < copy.length; j++) {
    const offset = path[j] === offsets.length ? null : offsets[path[j]!]!;
    const last = runs[runs.length - 1];
    if (last && last.offset === offset) last.to = j + 1;
    else runs.push({ offset, from: j, to: j + 1 });
  }
  return runs;
}

const seconds = (from: number, to: number): Range => [from * FRAME_SECONDS, to * FRAME_SECONDS];

/** Runs in copy order → edits: the original's frames passed over are removed, the copy's unmatched ones inserted or, with a gap in the original, replaced. */
function editsOf(runs: readonly Run[], originalLength: number): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  let unmatched: [number, number] | null = null;
  const close = (next: number): void => {
    const gap = next - at;
    if (unmatched && gap >= MIN_EDIT_FRAMES) edits.push({ kind: 'replaced', original: seconds(at, next), copy: seconds(...unmatched) });
    else if (unmatched) edits.push({ kind: 'inserted', copy: seconds(...unmatched), from: null });
    else if (gap >= MIN_EDIT_FRAMES) edits.push({ kind: 'removed', original: seconds(at, next) });
    unmatched = null;
  };
  for (const run of runs) {
    if (run.offset === null) {
      if (run.to - run.from >= MIN_EDIT_FRAMES) unmatched = [run.from, run.to];
      continue;
    }
    const start = run.from + run.offset;
    const end = run.to + run.offset;
    if (start < at - MIN_EDIT_FRAMES + 1) {
      // Material from earlier in the original, again: a repeat or a part moved back.
      if (unmatched) close(at);
      edits.push({ kind: 'inserted', copy: seconds(run.from, run.to), from: seconds(start, end) });
    } else close(start);
    at = Math.max(at, end);
  }
  close(originalLength);
  return edits;
}

export function alignPictures(original: readonly FrameSignature[], copy: readonly FrameSignature[]): PictureAlignment {
  if (original.length === 0 || copy.length === 0) return { verdict: 'unrelated', edits: [] };
  const offsets = candidateOffsets(original, copy);
  const runs = bestPath(original, copy, offsets);
  let matched = 0;
  for (const run of runs) {
    if (run.offset === null) continue;
    for (let j = run.from; j < run.to; j++) {
      const i = j + run.offset;
      if (i >= 0 && i < original.length && frameDistance(original[i]!, copy[j]!) < 0.5) matched++;
    }
  }
  if (matched < RELATED_SHARE * copy.length) return { verdict: 'unrelated', edits: [] };
  const edits = editsOf(runs, original.length);
  return { verdict: edits.length > 0 ? 'edited' : 'same-content', edits };
}
