// Chunk runs as byte ranges: `len` bytes equal at original offset `o` and copy offset `c`.
import type { ChunkList } from '../fingerprint/fingerprint.ts';
import { CHUNK_HASH_BYTES } from '../fingerprint/chunk-params.ts';
import type { ChunkRun, RunKind } from './align-chunks.ts';

export interface ByteRun {
  o: number;
  c: number;
  len: number;
  kind: RunKind;
}

/** Chunk start offsets, with the file size appended. */
export function chunkOffsets(chunks: ChunkList): Float64Array {
  const offsets = new Float64Array(chunks.lengths.length + 1);
  for (let i = 0; i < chunks.lengths.length; i++) offsets[i + 1] = offsets[i]! + chunks.lengths[i]!;
  return offsets;
}

/** One string key per chunk hash, for hash maps. */
export function chunkKeys(chunks: ChunkList): string[] {
  const keys: string[] = [];
  for (let i = 0; i < chunks.lengths.length; i++) {
    const h = chunks.hashes.subarray(i * CHUNK_HASH_BYTES, (i + 1) * CHUNK_HASH_BYTES);
    keys.push(String.fromCharCode(...h));
  }
  return keys;
}

export function toByteRuns(runs: readonly ChunkRun[], original: Float64Array, copy: Float64Array): ByteRun[] {
  return runs.map((r) => ({
    o: original[r.a]!,
    c: copy[r.b]!,
    len: original[r.a + r.n]! - original[r.a]!,
    kind: r.kind,
  }));
}
