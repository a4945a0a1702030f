// Finds runs of identical packets between two hash sequences: blocks where original[a..a+n) equals
// copy[b..b+n). The copy is walked once; at each position not continuing a run, the original's
// positions with the same hash are tried and the longest run wins (nearest to where the previous run
// ended on a tie), so repeated packets (digital silence) attach to the run they belong to.
import { PACKET_HASH_BYTES } from './packet-hash.ts';

export interface MatchBlock {
  /** Start in the original. */
  a: number;
  /** Start in the copy. */
  b: number;
  length: number;
}

const CANDIDATES = 24;
const PROBE = 4096;

function key(h: Uint8Array, i: number): number {
  const o = i * PACKET_HASH_BYTES;
  const high = ((h[o]! << 24) | (h[o + 1]! << 16) | (h[o + 2]! << 8) | h[o + 3]!) >>> 0;
  // 53 bits of the hash: exact as a number, and collisions are settled by `same` anyway.
  return high * 2 ** 21 + ((h[o + 4]! << 13) | (h[o + 5]! << 5) | (h[o + 6]! >> 3));
}

function same(a: Uint8Array, i: number, b: Uint8Array, j: number): boolean {
  const x = i * PACKET_HASH_BYTES;
  const y = j * PACKET_HASH_BYTES;
  for (let k = 0; k < PACKET_HASH_BYTES; k++) if (a[x + k] !== b[y + k]) return false;
  return true;
}

function runLength(a: Uint8Array, i: number, b: Uint8Array, j: number, limit: number): number {
  const na = a.length / PACKET_HASH_BYTES;
  const nb = b.length / PACKET_HASH_BYTES;
  let n = 0;
  while (n < limit && i + n < na && j + n < nb && same(a, i + n, b, j + n)) n++;
  return n;
}

/** Packet numbers stay below 2^21 (the packet cap is 2,000,000): a hash's first 32 bits and a number pack into one exact double. */
const NUMBER_BITS = 21;
const NUMBERS = 2 ** NUMBER_BITS;

function prefix(h: Uint8Array, i: number): number {
  const o = i * PACKET_HASH_BYTES;
  return ((h[o]! << 24) | (h[o + 1]! << 16) | (h[o + 2]! << 8) | h[o + 3]!) >>> 0;
}

/**
 * The original's packets by the first 32 bits of their hash, then by place, as packed doubles sorted
 * natively: 8 bytes a packet. A Map from hash to a list of places cost some 80 bytes a packet of
 * JavaScript heap, 45 MB for an hour of video, for as long as the comparison ran.
 */
function sortedByHash(original: Uint8Array): Float64Array {
  const n = original.length / PACKET_HASH_BYTES;
  if (n > NUMBERS) throw new RangeError(`${n} packets are more than the ${NUMBERS} a comparison takes`);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = prefix(original, i) * NUMBERS + i;
  return packed.sort();
}

/** The first index of `sorted` whose value is at least `value`. */
function lowerBound(sorted: Float64Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original's places whose hash begins as packet `j` of the copy's, the closest to `expected` on either side, at most CANDIDATES. */
function nearby(sorted: Float64Array, copy: Uint8Array, j: number, expected: number): number[] {
  const base = prefix(copy, j) * NUMBERS;
  const first = lowerBound(sorted, base);
  const end = lowerBound(sorted, base + NUMBERS, first);
  const at = lowerBound(sorted, base + Math.max(0, expected), first, end);
  const [from, to] = end - first <= CANDIDATES ? [first, end] : [Math.max(first, at - CANDIDATES / 2), Math.min(end, at + CANDIDATES / 2)];
  const places: number[] = [];
  for (let k = from; k < to; k++) places.push(sorted[k]! - base);
  return places;
}

export function matchBlocks(original: Uint8Array, copy: Uint8Array): MatchBlock[] {
  const sorted = sortedByHash(original);
  const nb = copy.length / PACKET_HASH_BYTES;
  const blocks: MatchBlock[] = [];
  let expected = 0;
  for (let j = 0; j < nb; ) {
    let best = -1;
    let bestLength = 0;
    for (const i of nearby(sorted, copy, j, expected)) {
      const length = runLength(original, i, copy, j, PROBE);
      const better = length > bestLength || (length === bestLength && length > 0 && Math.abs(i - expected) < Math.abs(best - expected));
      if (better) {
        best = i;
        bestLength = length;
      }
    }
    if (bestLength === 0) {
      j++;
      continue;
    }
    const length = bestLength === PROBE ? runLength(original, best, copy, j, Infinity) : bestLength;
    blocks.push({ a: best, b: j, length });
    expected = best + length;
    j += length;
  }
  return blocks;
}

/**
 * How much the different packets the blocks cover weigh together (each counted once, at its first
 * place in the copy), up to `enough`: work stops there.
 */
export function distinctShared(copy: Uint8Array, blocks: readonly MatchBlock[], weight: (j: number) => number, enough: number): number {
  const seen = new Set<number>();
  let total = 0;
  for (const block of blocks) {
    for (let j = block.b; j < block.b + block.length && total < enough; j++) {
      const k = key(copy, j);
      if (seen.has(k)) continue;
      seen.add(k);
      total += weight(j);
    }
    if (total >= enough) break;
  }
  return total;
}
