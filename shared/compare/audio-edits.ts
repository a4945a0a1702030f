// From the aligned runs to the report's edits. The copy is read as one main chain of segments that
// follow the original in order (the longest such chain by duration); gaps in that chain are removals,
// insertions or replacements, and matched segments off the chain are moved material or material
// pasted from elsewhere in the original.

import { HOP_SECONDS, subFingerprintCentre } from '../audio/params.ts';
import type { Run } from './audio-path.ts';
import type { Edit, Range } from './report.ts';

/** Gaps and segments shorter than this are encoder jitter, not edits. */
const MIN_EDIT_SECONDS = 0.2;
/** Offsets this close are one continuous stretch. */
const SAME_OFFSET_SECONDS = 0.1;
/** A segment must start this much later in the original than its predecessor to follow it. */
const ORDER_TOLERANCE_SECONDS = 0.25;
/** A segment this long is as convincing as its error rate allows. */
const CONVINCING_SECONDS = 1;

export interface Segment {
  copy: Range;
  /** Null when the copy's audio is not in the original. */
  original: Range | null;
  errorRate: number;
}

export interface Durations {
  original: number;
  copy: number;
  /** Copy sub-fingerprints. */
  copyLength: number;
}

const round = (t: number): number => Math.round(t * 100) / 100;
const clamp01 = (x: number): number => Math.max(0, Math.min(1, x));
const length = (r: Range): number => r[1] - r[0];

function boundaryTime(b: number, d: Durations): number {
  if (b <= 0) return 0;
  if (b >= d.copyLength) return d.copy;
  // Between sub-fingerprints b-1 and b.
  return subFingerprintCentre(b - 0.5);
}

/** Runs in copy order → timed segments, with near-equal offsets merged. */
export function segmentsOf(runs: readonly Run[], offsets: readonly number[], d: Durations): Segment[] {
  const out: (Segment & { shift: number | null })[] = [];
  for (const run of runs) {
    const copy: Range = [boundaryTime(run.from, d), boundaryTime(run.to, d)];
    const shift = run.state < 0 ? null : offsets[run.state]! * HOP_SECONDS;
    const original: Range | null =
      shift === null ? null : [Math.max(0, Math.min(d.original, copy[0] + shift)), Math.max(0, Math.min(d.original, copy[1] + shift))];
    const last = out[out.length - 1];
    if (last && last.shift !== null && shift !== null && last.original && original && Math.abs(last.shift - shift) <= SAME_OFFSET_SECONDS) {
      const a = length(last.copy);
      const b = length(copy);
      last.errorRate = (last.errorRate * a + run.errorRate * b) / Math.max(a + b, 1e-9);
      last.copy = [last.copy[0], copy[1]];
      last.original = [last.original[0], original[1]];
      continue;
    }
    out.push({ copy, original, errorRate: run.errorRate, shift });
  }
  return out.map(({ copy, original, errorRate }) => ({ copy, original, errorRate }));
}

/** How convincing a matched segment is: low error rate and enough length. */
function evidence(s: Segment): number {
  return clamp01((0.5 - s.errorRate) / 0.4) * (1 - Math.exp(-length(s.copy) / CONVINCING_SECONDS));
}

/** The longest-by-duration chain of matched segments whose original ranges increase. */
function mainChain(matched: readonly Segment[]): Set<Segment> {
  const score: number[] = [];
  const prev: number[] = [];
  for (let i = 0; i < matched.length; i++) {
    const s = matched[i]!;
    score[i] = length(s.copy);
    prev[i] = -1;
    for (let k = 0; k < i; k++) {
      // Following the original: both ends move forward. Overlap is allowed (a passage repeated
      // in place); the gap handling reports it as an insertion.
      const p = matched[k]!.original!;
      if (p[0] >= s.original![0] - ORDER_TOLERANCE_SECONDS || p[1] >= s.original![1]) continue;
      if (score[k]! + length(s.copy) > score[i]!) {
        score[i] = score[k]! + length(s.copy);
        prev[i] = k;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < matched.length; i++) if (end < 0 || score[i]! > score[end]!) end = i;
  const chain = new Set<Segment>();
  for (let i = end; i >= 0; i = prev[i]!) chain.add(matched[i]!);
  return chain;
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** `range` minus the union of `holes`, as sorted pieces. */
function subtract(range: Range, holes: readonly Range[]): Range[] {
  let pieces: Range[] = [range];
  for (const h of holes) {
    pieces = pieces.flatMap((p): Range[] => {
      if (overlap(p, h) === 0) return [p];
      const left: Range[] = h[0] > p[0] ? [[p[0], h[0]]] : [];
      const right: Range[] = h[1] < p[1] ? [[h[1], p[1]]] : [];
      return [...left, ...right];
    });
  }
  return pieces.filter((p) => length(p) >= MIN_EDIT_SECONDS);
}

const r = (a: Range): Range => [round(a[0]), round(a[1])];
const conf = (x: number): number => Math.round(clamp01(x) * 100) / 100;

interface Placed {
  at: number;
  edit: Edit;
}

/** Edits between consecutive chain segments p and n: repeated, removed, inserted or replaced audio. */
function gapEdits(p: Segment, n: Segment, segments: readonly Segment[], moved: readonly Range[], sure: number): Placed[] {
  const out: Placed[] = [];
  const repeated = p.original![1] - n.original![0];
  if (repeated >= MIN_EDIT_SECONDS) {
    const copy: Range = [n.copy[0], n.copy[0] + repeated];
    out.push({ at: n.copy[0], edit: { kind: 'inserted', copy: r(copy), from: r([n.original![0], p.original![1]]), confidence: conf(sure) } });
  }
  const removed = repeated < 0 ? subtract([p.original![1], n.original![0]], moved) : [];
  const unmatched = segments.filter(
    (s) => s.original === null && s.copy[0] >= p.copy[1] - 1e-9 && s.copy[1] <= n.copy[0] + 1e-9 && length(s.copy) >= MIN_EDIT_SECONDS,
  );
  const first = removed[0];
  const last = removed[removed.length - 1];
  const u0 = unmatched[0];
  const u1 = unmatched[unmatched.length - 1];
  if (first && last && u0 && u1) {
    const edit: Edit = { kind: 'replaced', original: r([first[0], last[1]]), copy: r([u0.copy[0], u1.copy[1]]), confidence: conf(sure) };
    out.push({ at: u0.copy[0], edit });
  } else if (u0 && u1) {
    out.push({ at: u0.copy[0], edit: { kind: 'inserted', copy: r([u0.copy[0], u1.copy[1]]), from: null, confidence: conf(sure) } });
  } else {
    for (const piece of removed) out.push({ at: p.copy[1], edit: { kind: 'removed', original: r(piece), confidence: conf(sure) } });
  }
  return out;
}

export function editsOf(segments: readonly Segment[], d: Durations): Edit[] {
  const matched = segments.filter((s) => s.original !== null);
  const chain = mainChain(matched);
  const offChain = matched.filter((s) => !chain.has(s));
  const chainOriginals = [...chain].map((s) => s.original!);
  const placed: Placed[] = [];

  for (const s of offChain) {
    if (length(s.copy) < MIN_EDIT_SECONDS) continue;
    const o = s.original!;
    const shared = chainOriginals.reduce((sum, c) => sum + overlap(o, c), 0);
    const edit: Edit =
      shared >= length(o) / 2
        ? { kind: 'inserted', copy: r(s.copy), from: r(o), confidence: conf(evidence(s)) }
        : { kind: 'moved', original: r(o), copy: r(s.copy), confidence: conf(evidence(s)) };
    placed.push({ at: s.copy[0], edit });
  }

  // Virtual segments at both ends make trimmed heads and tails ordinary gaps.
  const start: Segment = { copy: [0, 0], original: [0, 0], errorRate: 0 };
  const end: Segment = { copy: [d.copy, d.copy], original: [d.original, d.original], errorRate: 0 };
  const bounds = [start, ...[...chain].sort((a, b) => a.copy[0] - b.copy[0]), end];
  const moved = offChain.map((s) => s.original!);
  for (let k = 0; k + 1 < bounds.length; k++) {
    const p = bounds[k]!;
    const n = bounds[k + 1]!;
    const sure = Math.min(p === start ? 1 : evidence(p), n === end ? 1 : evidence(n));
    placed.push(...gapEdits(p, n, segments, moved, sure));
  }
  return placed.sort((a, b) => a.at - b.at).map((p) => p.edit);
}
