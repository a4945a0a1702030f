// A fingerprint in memory: what is known about a file, made from the file itself or read from a
// fingerprint file. The comparison takes two of these and never needs to know which.
import type { WavHeader } from '../media/wav-header.ts';
import type { ChunkingParams } from './chunk-params.ts';

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
  /** Reserved for the perceptual audio layer; opaque here. */
  audio?: unknown;
}

/** Collects chunks as they are found, in file order. */
export class ChunkListBuilder {
  private lengths: number[] = [];
  private hashes: Uint8Array[] = [];

  add(length: number, hash: Uint8Array): void {
    this.lengths.push(length);
    this.hashes.push(hash);
  }

  build(hashBytes: number): ChunkList {
    const hashes = new Uint8Array(this.hashes.length * hashBytes);
    this.hashes.forEach((h, i) => hashes.set(h.subarray(0, hashBytes), i * hashBytes));
    return { lengths: Uint32Array.from(this.lengths), hashes };
  }
}
