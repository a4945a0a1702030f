// Per-chunk SHA-256 with node:crypto, fed block by block with the cut points the worker found.
// Gives the same chunk list as the shared Fingerprinter (first CHUNK_HASH_BYTES of each hash).
import { createHash, type Hash } from 'node:crypto';
import { CHUNK_HASH_BYTES } from '../../shared/fingerprint/chunk-params.ts';
import { ChunkListBuilder, type ChunkList } from '../../shared/fingerprint/fingerprint.ts';

export class ChunkHasher {
  private readonly chunks = new ChunkListBuilder();
  private hash: Hash = createHash('sha256');
  private start = 0;

  /** Feeds the block that starts at file offset `base`, ending the chunks at the absolute `cuts`. */
  update(block: Uint8Array, base: number, cuts: readonly number[]): void {
    let from = 0;
    for (const cut of cuts) {
      this.hash.update(block.subarray(from, cut - base));
      this.endChunk(cut);
      from = cut - base;
    }
    this.hash.update(block.subarray(from));
  }

  endChunk(end: number): void {
    this.chunks.add(end - this.start, this.hash.digest().subarray(0, CHUNK_HASH_BYTES));
    this.hash = createHash('sha256');
    this.start = end;
  }

  finish(): ChunkList {
    return this.chunks.build(CHUNK_HASH_BYTES);
  }
}
