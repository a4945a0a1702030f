// Unsigned LEB128 varints: chunk lengths (at most 256 KiB) take three bytes or fewer each.
import { concatBytes } from '../media/concat-bytes.ts';

/** Bytes per block of a VarintWriter: 64 KiB, so a long table's varints are not one doubled array of numbers. */
const BLOCK = 64 * 1024;

/** Varints written as they come, a block of bytes at a time. */
export class VarintWriter {
  private readonly full: Uint8Array[] = [];
  private block = new Uint8Array(BLOCK);
  private fill = 0;

  /** `value`: an integer from 0 to 2^32 - 1. */
  push(value: number): void {
    if (this.fill > BLOCK - 5) {
      this.full.push(this.block.subarray(0, this.fill));
      this.block = new Uint8Array(BLOCK);
      this.fill = 0;
    }
    let v = value;
    while (v >= 0x80) {
      this.block[this.fill++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.block[this.fill++] = v;
  }

  bytes(): Uint8Array {
    return concatBytes([...this.full, this.block.subarray(0, this.fill)]);
  }
}

export function encodeVarints(values: ArrayLike<number>): Uint8Array {
  const out = new VarintWriter();
  for (let i = 0; i < values.length; i++) out.push(values[i]!);
  return out.bytes();
}

/**
 * Decodes exactly `count` varints of at most `maxBytes` bytes each, using every input byte.
 * @returns the values, or a description of what is wrong
 */
export function decodeVarints(bytes: Uint8Array, count: number, maxBytes: number): Uint32Array | string {
  const out = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let value = 0;
    let shift = 0;
    for (let k = 0; ; k++) {
      if (k === maxBytes) return `length ${i} is longer than ${maxBytes} bytes`;
      const b = bytes[at++];
      if (b === undefined) return `the lengths end after ${i} of ${count}`;
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if ((b & 0x80) === 0) {
        if (b === 0 && k > 0) return `length ${i} is not minimally encoded`;
        break;
      }
    }
    out[i] = value;
  }
  if (at !== bytes.length) return `${bytes.length - at} bytes follow the last of ${count} lengths`;
  return out;
}
