// The chunk list as the Node worker builds it: each chunk's hash is the first CHUNK_HASH_BYTES of
// SHA-256 over its bytes, whether it lies inside one block or spans several; ChunkListBuilder keeps
// copies of the hashes, so a caller may reuse its digest buffer.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { CHUNK_HASH_BYTES } from '../../../shared/fingerprint/chunk-params.ts';
import { ChunkListBuilder } from '../../../shared/fingerprint/fingerprint.ts';
import { ChunkHasher } from '../../../verifier/node/chunk-hasher.ts';

function seeded(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) out[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

function expectedList(file: Uint8Array, ends: readonly number[]): { lengths: Uint32Array; hashes: Uint8Array } {
  const hashes = new Uint8Array(ends.length * CHUNK_HASH_BYTES);
  let start = 0;
  ends.forEach((end, i) => {
    hashes.set(createHash('sha256').update(file.subarray(start, end)).digest().subarray(0, CHUNK_HASH_BYTES), i * CHUNK_HASH_BYTES);
    start = end;
  });
  return { lengths: Uint32Array.from(ends, (end, i) => end - (i > 0 ? ends[i - 1]! : 0)), hashes };
}

describe('ChunkHasher', () => {
  const file = seeded(100_000, 11);
  // Chunks inside a block, chunks across one and across several block boundaries, one ending at a boundary.
  const ends = [100, 1500, 1501, 4000, 9000, 30_000, 30_010, 64_000, 99_990, 100_000];

  test('gives the same chunk list for every block size, the last chunk ended by endChunk or by a cut', () => {
    const want = expectedList(file, ends);
    for (const blockBytes of [1, 7, 1000, 4000, 32_768, 100_000]) {
      for (const lastByCut of [true, false]) {
        const hasher = new ChunkHasher();
        for (let base = 0; base < file.length; base += blockBytes) {
          const block = file.subarray(base, base + blockBytes);
          const cuts = ends.filter((end) => end > base && end <= base + block.length && (lastByCut || end < file.length));
          hasher.update(block, base, cuts);
        }
        if (!lastByCut) hasher.endChunk(file.length);
        expect(hasher.finish(), `blocks of ${blockBytes}`).toEqual(want);
      }
    }
  });
});

describe('ChunkListBuilder', () => {
  test('keeps a copy of each hash, past its first growth, cut to the bytes asked for', () => {
    const builder = new ChunkListBuilder();
    const digest = new Uint8Array(32);
    for (let i = 0; i < 3000; i++) {
      digest.fill(i & 255);
      digest[31] = 7;
      builder.add(i + 1, digest);
    }
    digest.fill(0);
    const list = builder.build(CHUNK_HASH_BYTES);
    expect(list.lengths).toEqual(Uint32Array.from({ length: 3000 }, (_, i) => i + 1));
    expect(list.hashes.length).toBe(3000 * CHUNK_HASH_BYTES);
    for (const i of [0, 1023, 1024, 2999]) expect([...list.hashes.subarray(i * CHUNK_HASH_BYTES, (i + 1) * CHUNK_HASH_BYTES)]).toEqual(Array(CHUNK_HASH_BYTES).fill(i & 255));
    expect(builder.build(32).hashes[31]).toBe(7);
  });

  test('an empty list, and hashes longer than it keeps, are handled', () => {
    expect(new ChunkListBuilder().build(CHUNK_HASH_BYTES)).toEqual({ lengths: new Uint32Array(0), hashes: new Uint8Array(0) });
    expect(() => new ChunkListBuilder().build(ChunkListBuilder.MAX_HASH_BYTES + 1)).toThrow(RangeError);
  });
});
