// One sampled frame's signature: a 64-bit DCT hash of its 32×32 gray image (the 8×8 lowest
// frequencies but the mean, each above or below their median: the picture's coarse layout, which
// survives re-encoding and scaling), and its mean brightness. A frame with next to no detail (black,
// a blank wall) has no layout to hash: it is "flat", compared by its brightness alone.
import { FRAME_BYTES, VIDEO_PARAMS } from './params.ts';

export interface FrameSignature {
  /** The 64 hash bits as two 32-bit halves; 0 for a flat frame. */
  high: number;
  low: number;
  /** Mean gray level, 0–255, rounded (as the fingerprint file keeps it). */
  mean: number;
  flat: boolean;
}

const N = VIDEO_PARAMS.size;
const K = 8;
/** Standard deviation of gray levels below which a frame is flat (black, a fade, a blank wall). */
const FLAT_DEVIATION = 3;

// cos((2x+1)uπ/2N) for u < K, x < N: the DCT's basis, once.
const BASIS = new Float64Array(K * N);
for (let u = 0; u < K; u++) for (let x = 0; x < N; x++) BASIS[u * N + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * N));

/** @param gray FRAME_BYTES gray levels, row by row */
export function frameSignature(gray: Uint8Array): FrameSignature {
  if (gray.length !== FRAME_BYTES) throw new RangeError(`a frame is ${FRAME_BYTES} gray bytes, not ${gray.length}`);
  let sum = 0;
  let squares = 0;
  for (const g of gray) {
    sum += g;
    squares += g * g;
  }
  const exact = sum / FRAME_BYTES;
  const mean = Math.round(exact);
  const deviation = Math.sqrt(Math.max(0, squares / FRAME_BYTES - exact * exact));
  if (deviation < FLAT_DEVIATION) return { high: 0, low: 0, mean, flat: true };
  // Rows first (K coefficients per row), then columns: K×K coefficients.
  const rows = new Float64Array(N * K);
  for (let y = 0; y < N; y++) {
    for (let u = 0; u < K; u++) {
      let s = 0;
      for (let x = 0; x < N; x++) s += gray[y * N + x]! * BASIS[u * N + x]!;
      rows[y * K + u] = s;
    }
  }
  const coefficients = new Float64Array(K * K);
  for (let v = 0; v < K; v++) {
    for (let u = 0; u < K; u++) {
      let s = 0;
      for (let y = 0; y < N; y++) s += rows[y * K + u]! * BASIS[v * N + y]!;
      coefficients[v * K + u] = s;
    }
  }
  // The mean (u = v = 0) says nothing about layout; the median splits the rest evenly.
  const median = [...coefficients.subarray(1)].sort((a, b) => a - b)[31]!;
  let high = 0;
  let low = 0;
  for (let k = 0; k < 64; k++) {
    const bit = k > 0 && coefficients[k]! > median ? 1 : 0;
    if (k < 32) high = (high | (bit << k)) >>> 0;
    else low = (low | (bit << (k - 32))) >>> 0;
  }
  return { high, low, mean, flat: false };
}
