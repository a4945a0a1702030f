// A fingerprint in memory: what is known about a file, made from the file itself or read from a
// fingerprint file. The comparison takes two of these and never needs to know which.
import type { WavHeader } from '../media/containers/wav-header.ts';
import type { ChunkingParams } from './chunk-params.ts';
import { grownTo } from '../grown-array.ts';
import type { PcmBlocks } from './pcm-blocks.ts';

export interface FileInfo {
  name: string;
  bytes: number;
  /** The recording code: SHA-256 of the whole file, lowercase hex. */
  sha256: string;
  container: string | null;
  /** Seconds, where the container says. */
  duration: number | null;
  /** The parsed header when the file is a WAV file: it maps byte ranges to time. */
  wav: WavHeader | null;
}

export interface ChunkList {
  /** Length in bytes of each chunk, in file order; they sum to the file size. */
  lengths: Uint32Array;
  /** CHUNK_HASH_BYTES bytes per chunk, in the same order. */
  hashes: Uint8Array;
}

export interface Fingerprint {
  file: FileInfo;
  chunking: ChunkingParams;
  chunks: ChunkList;
  /** The packet layer's (shared/media): its section, its read table, or null when a file has none; opaque here. */
  packets?: unknown;
  /** The packet tables of the tracks beside the first sound (shared/media/packets/track-tables.ts); opaque here. */
  tracks?: unknown;
  /** The picture's frame signatures or their section (shared/video), when its picture was decoded; opaque here. */
  video?: unknown;
  /** Reserved for the perceptual audio layer; opaque here. */
  audio?: unknown;
  /** For PCM WAV in a fingerprint file: a hash per 20 ms block, to place edits without the file. */
  pcm?: PcmBlocks;
}

/** Collects chunks as they are found, in file order. */
export class ChunkListBuilder {
  /** The most hash bytes kept per chunk: a SHA-256 digest. */
  static readonly MAX_HASH_BYTES = 32;
  // Columns that double as they fill, with each hash copied in: 36 bytes a chunk. Keeping the
  // callers' digests (a Node Buffer and a view each) cost the CLI's chunk worker some 800 bytes a
  // chunk: 35 MB more peak RSS on a 4 GiB file than on a 1 GiB one.
  private lengths = new Uint32Array(1024);
  private hashes = new Uint8Array(1024 * ChunkListBuilder.MAX_HASH_BYTES);
  private count = 0;

  /** Keeps a copy of the first MAX_HASH_BYTES of `hash`. */
  add(length: number, hash: Uint8Array): void {
    const stride = ChunkListBuilder.MAX_HASH_BYTES;
    this.lengths = grownTo(this.lengths, this.count + 1);
    this.hashes = grownTo(this.hashes, (this.count + 1) * stride);
    this.lengths[this.count] = length;
    this.hashes.set(hash.subarray(0, stride), this.count * stride);
    this.count++;
  }

  /** @param hashBytes at most MAX_HASH_BYTES */
  build(hashBytes: number): ChunkList {
    const stride = ChunkListBuilder.MAX_HASH_BYTES;
    if (hashBytes > stride) throw new RangeError(`chunk hashes of ${hashBytes} bytes are longer than the ${stride} kept`);
    const hashes = new Uint8Array(this.count * hashBytes);
    for (let i = 0; i < this.count; i++) hashes.set(this.hashes.subarray(i * stride, i * stride + hashBytes), i * hashBytes);
    return { lengths: this.lengths.slice(0, this.count), hashes };
  }
}
