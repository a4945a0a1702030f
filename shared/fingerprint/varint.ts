// Unsigned LEB128 varints: chunk lengths (at most 256 KiB) take three bytes or fewer each.

export function encodeVarints(values: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(v);
  }
  return Uint8Array.from(out);
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
