// The chunk hashes of the page's fingerprint: WebCrypto SHA-256 of each content-defined chunk,
// truncated as the fingerprint format says. Pieces come in as the stream gives them, with the chunk
// ends the chunker found in them; a chunk spanning pieces is gathered in one buffer (WebCrypto copies
// its input when digest() is called, so that buffer can be reused at once). Digests run off-thread;
// at most `maxInFlight` wait, each holding a copy of ≤ 256 KiB.
import { CHUNK_HASH_BYTES, CHUNK_MAX } from '../../../shared/fingerprint/chunk-params.ts';
import { ChunkListBuilder, type ChunkList } from '../../../shared/fingerprint/fingerprint.ts';

export class ChunkDigests {
  private readonly chunks = new ChunkListBuilder();
  private readonly pending = new Uint8Array(CHUNK_MAX);
  private fill = 0;
  private offset = 0;
  private chunkStart = 0;
  private readonly inFlight: { length: number; digest: Promise<ArrayBuffer> }[] = [];

  constructor(private readonly maxInFlight = 64) {}

  /**
   * The next piece, and the absolute end offsets of the chunks that end in it. Everything needed
   * from `piece` is taken before the promise is returned, so the caller may hand the piece on at
   * once and await the promise later (it resolves when few enough digests are waiting).
   */
  async update(piece: Uint8Array<ArrayBuffer>, cuts: readonly number[]): Promise<void> {
    let from = 0;
    for (const cut of cuts) {
      const to = cut - this.offset;
      this.endChunk(cut, piece.subarray(from, to));
      from = to;
    }
    this.pending.set(piece.subarray(from), this.fill);
    this.fill += piece.length - from;
    this.offset += piece.length;
    await this.settle(this.maxInFlight);
  }

  /** Ends the stream; `end` is the chunker's finish(): the end of the last chunk, or null. */
  async finish(end: number | null): Promise<ChunkList> {
    if (end !== null) this.endChunk(end, new Uint8Array(0));
    await this.settle(0);
    return this.chunks.build(CHUNK_HASH_BYTES);
  }

  private endChunk(end: number, tail: Uint8Array<ArrayBuffer>): void {
    let bytes = tail;
    if (this.fill > 0) {
      this.pending.set(tail, this.fill);
      bytes = this.pending.subarray(0, this.fill + tail.length);
    }
    this.inFlight.push({ length: end - this.chunkStart, digest: crypto.subtle.digest('SHA-256', bytes) });
    this.fill = 0;
    this.chunkStart = end;
  }

  private async settle(keep: number): Promise<void> {
    while (this.inFlight.length > keep) {
      const { length, digest } = this.inFlight.shift()!;
      this.chunks.add(length, new Uint8Array(await digest));
    }
  }
}
