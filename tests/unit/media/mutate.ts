// Seeded mutations of a file for the fuzzer: bit flips, byte sets, inserted and deleted runs,
// corrupted length fields, truncation. The same seed gives the same input, so a failure reproduces.

export { seededRandom as prng } from '../../support/seeded-random.ts';

// Values that break length fields: zero, all ones, just past a signed limit, EBML "unknown".
const LENGTHS = [
  [0, 0, 0, 0],
  [0xff, 0xff, 0xff, 0xff],
  [0x7f, 0xff, 0xff, 0xff],
  [0x80, 0, 0, 0],
  [0, 0, 0, 1],
  [0x01, 0xff, 0xff, 0xff],
  [0, 0x10, 0, 0],
];

export function mutate(input: Uint8Array, random: () => number): Uint8Array {
  const int = (n: number) => Math.floor(random() * n);
  let bytes: Uint8Array = input.slice();
  const rounds = 1 + int(3);
  for (let r = 0; r < rounds; r++) {
    const at = int(bytes.length);
    switch (int(6)) {
      case 0:
        bytes[at] = bytes[at]! ^ (1 << int(8));
        break;
      case 1:
        bytes[at] = [0, 0xff, 0x7f, 0x80, int(256)][int(5)]!;
        break;
      case 2: {
        const run = Uint8Array.from({ length: 1 + int(64) }, () => int(256));
        const next = new Uint8Array(bytes.length + run.length);
        next.set(bytes.subarray(0, at));
        next.set(run, at);
        next.set(bytes.subarray(at), at + run.length);
        bytes = next;
        break;
      }
      case 3: {
        const end = Math.min(bytes.length, at + 1 + int(64));
        const next = new Uint8Array(bytes.length - (end - at));
        next.set(bytes.subarray(0, at));
        next.set(bytes.subarray(end), at);
        bytes = next;
        break;
      }
      case 4:
        bytes.set(LENGTHS[int(LENGTHS.length)]!.slice(0, Math.max(0, bytes.length - at)), at);
        break;
      default:
        bytes = bytes.slice(0, at);
    }
  }
  return bytes;
}
