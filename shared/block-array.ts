// Typed arrays that fill as data streams in, a fixed-size block at a time: growing never copies and
// frees nothing, so a long file leaves no trail of outgrown buffers for the allocator to keep (doubling
// an hour's packet hashes freed 1 + 2 + … MB that stayed in the process's resident memory).
type BlockType = Uint8Array | Uint32Array | Float64Array;

/** Items per block: 8192 × 8 bytes is 64 KiB, below glibc's mmap threshold, so blocks reuse freed heap. */
const BLOCK_BITS = 13;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

export class BlockArray<T extends BlockType> {
  private readonly blocks: T[] = [];

  /** `stride`: array elements per item (8 bytes of a packet hash in a Uint8Array). */
  constructor(
    private readonly make: new (length: number) => T,
    private readonly stride = 1,
  ) {}

  /** The block holding item `i`, grown to hold it, and the index of the item's first element in it. */
  at(i: number): [T, number] {
    const b = i >>> BLOCK_BITS;
    while (this.blocks.length <= b) this.blocks.push(new this.make(BLOCK * this.stride));
    return [this.blocks[b]!, (i & MASK) * this.stride];
  }

  /** The first `count` items as one array of exactly that length. */
  toArray(count: number): T {
    const out = new this.make(count * this.stride);
    for (let b = 0; b * BLOCK < count; b++) {
      const block = this.blocks[b];
      if (block) out.set(block.subarray(0, Math.min(BLOCK, count - b * BLOCK) * this.stride) as never, b * BLOCK * this.stride);
    }
    return out;
  }
}
