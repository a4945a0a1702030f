// The gear table of the content-defined chunker: 256 fixed 32-bit values, one per byte value.
// Entry i is the first four bytes (big-endian) of SHA-256("opnamepact-gear-v1:" + i), i in decimal.
// Generated at load from that rule rather than committed as numbers, so anyone can re-derive it with
// `printf 'opnamepact-gear-v1:%d' $i | sha256sum | cut -c1-8`. Changing it changes every chunk
// boundary: it is part of the fingerprint format ("fastcdc-gear32-v1").
import { sha256 } from '@noble/hashes/sha2.js';

export const GEAR_SEED = 'opnamepact-gear-v1:';

function makeGearTable(): Int32Array {
  const table = new Int32Array(256);
  const encoder = new TextEncoder();
  for (let i = 0; i < 256; i++) {
    const d = sha256(encoder.encode(GEAR_SEED + i));
    table[i] = ((d[0]! << 24) | (d[1]! << 16) | (d[2]! << 8) | d[3]!) | 0;
  }
  return table;
}

export const GEAR: Int32Array = makeGearTable();
