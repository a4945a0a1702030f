// Compares two packet tables: identical packet sequences in another container are the same content;
// otherwise the runs of identical packets are put in order and what lies between them is reported as
// removed, inserted or replaced, and runs out of order as moved (or, when the original part is
// already in place, as inserted from there). Ranges are in seconds of each file's own timeline.
//
// It declines to decide (the audio layer then does) when the codecs differ, a table is truncated,
// fewer than MIN_SHARED of the shorter table's packets are shared, or the different packets shared
// last less than MIN_DISTINCT_SECONDS together. The share is the shorter table's so that a short
// extract of a long recording is placed to the packet; a re-encoded copy shares none. The floor of
// different packets is what keeps two unrelated recordings apart: digital silence encodes to one
// identical packet over and over, and a forger can splice a handful of the original's packets into
// anything, but neither makes a second of different packets (50 frames of Opus, 42 of MP3 at 48 kHz,
// 25 pictures at 25 fps) in common. In seconds, not packets, so 60 ms packets count as much sound.
import type { CompareReport, Edit, Range } from '../../compare/report.ts';
import { distinctShared, matchBlocks, type MatchBlock } from './packet-match.ts';
import type { PacketTable } from './packet-table.ts';

export const MIN_SHARED = 0.2;
export const MIN_DISTINCT_SECONDS = 1;
/** Chains of more blocks than this look back only this far (the DP is quadratic). */
const CHAIN_WINDOW = 2000;

export type PacketComparison =
  | { decided: true; report: Pick<CompareReport, 'verdict' | 'basis' | 'unit' | 'edits'> }
  | { decided: false; reason: string; why: PacketUndecided };

/** Why the packets cannot decide, with what a report needs to word it in any language; `reason` says it in English. */
export type PacketUndecided =
  | { code: 'codecs-differ'; original: string; copy: string }
  | { code: 'table-truncated' }
  | { code: 'no-packets' }
  | { code: 'few-identical'; shared: number; shorter: number }
  | { code: 'too-little-distinct'; seconds: number };

/** The longest-by-packets subsequence of blocks (in copy order) that is also in original order. */
function orderedChain(blocks: MatchBlock[]): Set<MatchBlock> {
  const score = new Float64Array(blocks.length);
  const from = new Int32Array(blocks.length).fill(-1);
  let bestEnd = -1;
  blocks.forEach((block, k) => {
    score[k] = block.length;
    for (let m = Math.max(0, k - CHAIN_WINDOW); m < k; m++) {
      const prev = blocks[m]!;
      if (prev.a + prev.length <= block.a && score[m]! + block.length > score[k]!) {
        score[k] = score[m]! + block.length;
        from[k] = m;
      }
    }
    if (bestEnd < 0 || score[k]! > score[bestEnd]!) bestEnd = k;
  });
  const chain = new Set<MatchBlock>();
  for (let k = bestEnd; k >= 0; k = from[k]!) chain.add(blocks[k]!);
  return chain;
}

/** Merges out-of-order blocks that continue each other in both files (a moved part split by a repeat). */
function mergeAdjacent(blocks: MatchBlock[]): MatchBlock[] {
  const merged: MatchBlock[] = [];
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (last && last.b + last.length === block.b && last.a + last.length === block.a) last.length += block.length;
    else merged.push({ ...block });
  }
  return merged;
}

/** [start, end) index ranges inside [from, to) not covered by `taken` (sorted by start). */
function uncovered(from: number, to: number, taken: [number, number][]): [number, number][] {
  const free: [number, number][] = [];
  let at = from;
  for (const [s, e] of taken) {
    if (e <= at || s >= to) continue;
    if (s > at) free.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < to) free.push([at, to]);
  return free;
}

/** The parts of a block's original range [a, a+length) outside `free` (sorted, inside the range). */
function complement(block: MatchBlock, free: [number, number][]): [number, number][] {
  return uncovered(block.a, block.a + block.length, free);
}

function ranges(edit: Edit): Range[] {
  const list: Range[] = [];
  if ('original' in edit) list.push(edit.original);
  if ('copy' in edit) list.push(edit.copy);
  return list;
}

/**
 * Packets before time 0 are pre-roll a player decodes but never plays (AAC priming, Opus pre-skip);
 * stream copy often drops them. An edit that touches only those is no edit of what is heard.
 */
function preRoll(edit: Edit): boolean {
  return ranges(edit).every(([, end]) => end <= 0);
}

function fromZero(edit: Edit): Edit {
  const clamp = (r: Range): Range => [Math.max(0, r[0]), r[1]];
  switch (edit.kind) {
    case 'removed':
      return { ...edit, original: clamp(edit.original) };
    case 'inserted':
      return { ...edit, copy: clamp(edit.copy), from: edit.from && clamp(edit.from) };
    default:
      return { ...edit, original: clamp(edit.original), copy: clamp(edit.copy) };
  }
}

export function comparePackets(original: PacketTable, copy: PacketTable): PacketComparison {
  if (original.codec !== copy.codec) return { decided: false, reason: `different codecs (${original.codec}, ${copy.codec})`, why: { code: 'codecs-differ', original: original.codec, copy: copy.codec } };
  if (original.truncated || copy.truncated) return { decided: false, reason: 'a packet table is truncated at its cap', why: { code: 'table-truncated' } };
  const na = original.times.length;
  const nb = copy.times.length;
  if (na === 0 || nb === 0) return { decided: false, reason: 'a file has no packets', why: { code: 'no-packets' } };
  const blocks = matchBlocks(original.hashes, copy.hashes);
  const shared = blocks.reduce((sum, b) => sum + b.length, 0);
  const shorter = Math.min(na, nb);
  if (shared < MIN_SHARED * shorter) {
    return { decided: false, reason: `only ${shared} of the shorter file's ${shorter} packets are identical`, why: { code: 'few-identical', shared, shorter } };
  }
  // In ticks of the copy's timebase: whole numbers, so fifty 20 ms packets make exactly a second.
  const enough = MIN_DISTINCT_SECONDS * copy.timebase;
  const distinct = distinctShared(copy.hashes, blocks, (j) => copy.durations[j]!, enough);
  if (distinct < enough) {
    const lasting = Math.round((distinct / copy.timebase) * 100) / 100;
    return {
      decided: false,
      reason: `the different packets the files share last only ${lasting} s (silence or a few copied frames place nothing)`,
      why: { code: 'too-little-distinct', seconds: lasting },
    };
  }
  const seconds = (table: PacketTable, [start, end]: [number, number]): Range => [
    table.times[start]! / table.timebase,
    (table.times[end - 1]! + table.durations[end - 1]!) / table.timebase,
  ];
  const chain = orderedChain(blocks);
  const ordered = blocks.filter((b) => chain.has(b));
  const others = mergeAdjacent(blocks.filter((b) => !chain.has(b)));
  const inPlace = ordered.map((b): [number, number] => [b.a, b.a + b.length]).sort((x, y) => x[0] - y[0]);

  const edits: { at: number; edit: Edit }[] = [];
  const accounted: [number, number][] = [...inPlace];
  for (const block of others) {
    // The parts of an out-of-order run whose original is not in place were moved; the parts whose
    // original is also in place were copied (inserted from there).
    const moved = uncovered(block.a, block.a + block.length, inPlace);
    const pieces = [...moved.map((r) => ({ r, moved: true })), ...complement(block, moved).map((r) => ({ r, moved: false }))];
    for (const { r, moved: isMoved } of pieces) {
      const b: [number, number] = [block.b + r[0] - block.a, block.b + r[1] - block.a];
      const copyRange = seconds(copy, b);
      const originalRange = seconds(original, r);
      if (isMoved) {
        edits.push({ at: b[0], edit: { kind: 'moved', original: originalRange, copy: copyRange } });
        accounted.push(r);
      } else edits.push({ at: b[0], edit: { kind: 'inserted', copy: copyRange, from: originalRange } });
    }
  }
  accounted.sort((x, y) => x[0] - y[0]);
  const copyTaken = others.map((b): [number, number] => [b.b, b.b + b.length]);

  let aEnd = 0;
  let bEnd = 0;
  for (const next of [...ordered, { a: na, b: nb, length: 0 }]) {
    const gone = uncovered(aEnd, next.a, accounted);
    const added = uncovered(bEnd, next.b, copyTaken);
    const paired = Math.min(gone.length, added.length);
    for (let k = 0; k < paired; k++) {
      edits.push({ at: added[k]![0], edit: { kind: 'replaced', original: seconds(original, gone[k]!), copy: seconds(copy, added[k]!) } });
    }
    for (const range of gone.slice(paired)) edits.push({ at: bEnd, edit: { kind: 'removed', original: seconds(original, range) } });
    for (const range of added.slice(paired)) edits.push({ at: range[0], edit: { kind: 'inserted', copy: seconds(copy, range), from: null } });
    aEnd = Math.max(aEnd, next.a + next.length);
    bEnd = next.b + next.length;
  }
  edits.sort((x, y) => x.at - y.at);
  const audible = edits.map((e) => e.edit).filter((e) => !preRoll(e)).map(fromZero);
  return {
    decided: true,
    report: { verdict: audible.length === 0 ? 'same-content' : 'edited', basis: 'packets', unit: 'seconds', edits: audible },
  };
}
