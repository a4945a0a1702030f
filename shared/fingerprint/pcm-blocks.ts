// The fingerprint file's `pcm` section (docs/formats.md): for a PCM or float WAV, the first 8 bytes
// of the SHA-256 of every 20 ms block of the data chunk, in order. Content-defined chunks place an
// edit only to the chunk (up to 256 KiB, 8 s of 16 kHz mono); with these, a copy at hand is checked
// block by block on both sides of every edit, so a fingerprint file alone places it to 20 ms, as
// the sound is heard. An hour takes 180 000 blocks: 1.44 MB, 1.92 MB as base64. Eight bytes, not
// four: a block that matches closes an edit's edge, so a forger who could grind matches (2^32
// tries a block) could close a replaced stretch block by block; 2^64 a block cannot be ground.
import type { WavHeader } from '../media/containers/wav-header.ts';
import { decodeBase64, encodeBase64 } from './base64.ts';

export const PCM_HASH = 'sha256-64';
export const PCM_HASH_BYTES = 8;
/** Blocks per second: 20 ms each. */
const BLOCKS_PER_SECOND = 50;
const TIMED_FORMATS = new Set(['pcm', 'float']);

export interface PcmBlocks {
  /** Frames per block; the last block holds what is left. */
  blockFrames: number;
  /** PCM_HASH_BYTES per block. */
  hashes: Uint8Array;
}

export type Sha256 = (bytes: Uint8Array) => Uint8Array;

/** Frames per block for this WAV, or null when its bytes are not a timeline (compressed formats). */
export function pcmBlockFrames(wav: WavHeader): number | null {
  if (!TIMED_FORMATS.has(wav.format)) return null;
  return Math.max(1, Math.round(wav.sampleRate / BLOCKS_PER_SECOND));
}

/** Block `k`'s file byte range [start, end), clipped to the data chunk. */
export function blockRange(wav: WavHeader, blockFrames: number, k: number): [number, number] {
  const size = blockFrames * wav.blockAlign;
  const start = wav.dataOffset + k * size;
  return [start, Math.min(start + size, wav.dataOffset + wav.dataBytes)];
}

export function blockCount(wav: WavHeader, blockFrames: number): number {
  return Math.ceil(wav.dataBytes / (blockFrames * wav.blockAlign));
}

/** Whether `bytes` (block k's range, read from some file) are block k of the original. */
export function sameBlock(blocks: PcmBlocks, k: number, bytes: Uint8Array, sha256: Sha256): boolean {
  const digest = sha256(bytes);
  const at = k * PCM_HASH_BYTES;
  for (let i = 0; i < PCM_HASH_BYTES; i++) if (digest[i] !== blocks.hashes[at + i]) return false;
  return true;
}

/** The data chunk's byte range [start, end): what a PcmBlockHasher is fed. */
export function pcmDataRange(wav: WavHeader): [number, number] {
  return [wav.dataOffset, wav.dataOffset + wav.dataBytes];
}

/** Hashes the data chunk's blocks from its bytes, fed in order in pieces of any size. */
export class PcmBlockHasher {
  private readonly blockBytes: number;
  private readonly hashes: Uint8Array;
  private readonly partial: Uint8Array;
  private filled = 0;
  private count = 0;

  constructor(
    wav: WavHeader,
    readonly blockFrames: number,
    private readonly sha256: Sha256,
  ) {
    this.blockBytes = blockFrames * wav.blockAlign;
    this.hashes = new Uint8Array(blockCount(wav, blockFrames) * PCM_HASH_BYTES);
    this.partial = new Uint8Array(this.blockBytes);
  }

  update(piece: Uint8Array): void {
    let at = 0;
    if (this.filled > 0) {
      at = Math.min(piece.length, this.blockBytes - this.filled);
      this.partial.set(piece.subarray(0, at), this.filled);
      this.filled += at;
      if (this.filled < this.blockBytes) return;
      this.add(this.partial);
      this.filled = 0;
    }
    for (; at + this.blockBytes <= piece.length; at += this.blockBytes) this.add(piece.subarray(at, at + this.blockBytes));
    this.partial.set(piece.subarray(at), 0);
    this.filled = piece.length - at;
  }

  finish(): PcmBlocks {
    if (this.filled > 0) this.add(this.partial.subarray(0, this.filled));
    if (this.count * PCM_HASH_BYTES !== this.hashes.length) throw new Error(`the data chunk gave ${this.count} blocks, its header ${this.hashes.length / PCM_HASH_BYTES}`);
    return { blockFrames: this.blockFrames, hashes: this.hashes };
  }

  private add(block: Uint8Array): void {
    this.hashes.set(this.sha256(block).subarray(0, PCM_HASH_BYTES), this.count * PCM_HASH_BYTES);
    this.count++;
  }
}

export function writePcmSection(blocks: PcmBlocks): Record<string, unknown> {
  return {
    blockFrames: blocks.blockFrames,
    hash: PCM_HASH,
    count: blocks.hashes.length / PCM_HASH_BYTES,
    hashes: encodeBase64(blocks.hashes),
  };
}

/** @throws Error naming the field, when the section does not fit the file's WAV header */
export function readPcmSection(value: unknown, wav: WavHeader | null): PcmBlocks {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('is not an object');
  const section = value as Record<string, unknown>;
  const frames = wav && pcmBlockFrames(wav);
  if (!wav || frames === null) throw new Error('is only for PCM or float WAV files');
  if (section.hash !== PCM_HASH) throw new Error(`pcm.hash is ${JSON.stringify(section.hash)}, expected "${PCM_HASH}"`);
  if (section.blockFrames !== frames) throw new Error(`pcm.blockFrames is ${JSON.stringify(section.blockFrames)}, expected ${frames} at ${wav.sampleRate} Hz`);
  const count = blockCount(wav, frames);
  if (section.count !== count) throw new Error(`pcm.count is ${JSON.stringify(section.count)}, but the data chunk holds ${count} blocks`);
  const text = section.hashes;
  if (typeof text !== 'string' || text.length !== Math.ceil((count * PCM_HASH_BYTES) / 3) * 4) throw new Error('pcm.hashes has the wrong length');
  const hashes = decodeBase64(text);
  if (!hashes) throw new Error('pcm.hashes is not canonical base64');
  return { blockFrames: frames, hashes };
}
