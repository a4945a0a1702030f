// Parameters of the content-defined chunker. They are part of fingerprint format v1: two
// fingerprints can only be compared chunk by chunk when both used exactly these.

export const CHUNK_ALGORITHM = 'fastcdc-gear32-v1';
export const CHUNK_MIN = 16 * 1024;
export const CHUNK_AVG = 64 * 1024;
export const CHUNK_MAX = 256 * 1024;
/** Chunk hashes are SHA-256 truncated to 16 bytes: 128 bits, no feasible second preimage. */
export const CHUNK_HASH = 'sha256-128';
export const CHUNK_HASH_BYTES = 16;

/**
 * Normalised chunking (FastCDC level 2): before the average size a cut needs 18 zero bits (harder),
 * after it 14 (easier), so sizes cluster around the average. The top bits of the 32-bit gear hash
 * are used because they depend on the most recent 32 bytes, the lower ones on fewer.
 */
export const MASK_HARD = 0xffffc000 | 0;
export const MASK_EASY = 0xfffc0000 | 0;

export interface ChunkingParams {
  algorithm: string;
  min: number;
  avg: number;
  max: number;
}

export const CHUNKING: ChunkingParams = { algorithm: CHUNK_ALGORITHM, min: CHUNK_MIN, avg: CHUNK_AVG, max: CHUNK_MAX };
