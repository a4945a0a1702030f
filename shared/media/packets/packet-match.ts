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

/** Candidate positions near `expected`: the closest ones on either side, at most CANDIDATES. */
function nearby(list: number[], expected: number): number[] {
  if (list.length <= CANDIDATES) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < expected) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(Math.max(0, lo - CANDIDATES / 2), lo + CANDIDATES / 2);
}

export function matchBlocks(original: Uint8Array, copy: Uint8Array): MatchBlock[] {
  const index = new Map<number, number[]>();
  const na = original.length / PACKET_HASH_BYTES;
  const nb = copy.length / PACKET_HASH_BYTES;
  for (let i = 0; i < na; i++) {
    const k = key(original, i);
    const list = index.get(k);
    if (list) list.push(i);
    else index.set(k, [i]);
  }
  const blocks: MatchBlock[] = [];
  let expected = 0;
  for (let j = 0; j < nb; ) {
    let best = -1;
    let bestLength = 0;
    for (const i of nearby(index.get(key(copy, j)) ?? [], expected)) {
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
