// A QR code as one SVG path (one square per dark module), so the receipt renders as plain SVG
// elements: no canvas, no markup strings. Encoding is uqr's (small, no dependencies, ESM).
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, the quiet zone included. */
  size: number;
  d: string;
}

export function qrPath(text: string): QrPath {
  // Medium error correction survives a crumpled printout; the 4-module quiet zone is the standard's.
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const parts: string[] = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x} ${y}h1v1h-1z`)));
  return { size: data.length, d: parts.join('') };
}
