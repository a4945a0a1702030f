// The packet pass's file source returns exactly the file's bytes for any offset and length: inside
// its window, across window edges, larger than a window, at the end; and earlier results stay intact
// after later reads (each window is a fresh buffer).
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openInput } from '../../../verifier/node/open-input.ts';
import { windowedFileSource } from '../../../verifier/node/windowed-file-source.ts';
import { GENERATED_DIR } from './chunk-worker-build.ts';
import { prngBytes } from './test-data.ts';

/** Byte-wise equality without per-element matcher cost. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

describe('windowedFileSource', () => {
  it('reads what the file holds, wherever and however much is asked', async () => {
    const bytes = prngBytes(1_000_003, 21);
    const path = `${GENERATED_DIR}windowed.bin`;
    writeFileSync(path, bytes);
    const input = await openInput(path);
    try {
      const source = windowedFileSource(input);
      const kept: [number, Uint8Array][] = [];
      let seed = 7;
      const next = (n: number) => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
      for (let i = 0; i < 500; i++) {
        const offset = i % 3 === 0 ? kept.length * 1000 : next(bytes.length);
        const length = i % 50 === 0 ? 200_000 : next(70_000) + 1;
        const got = await source.read(offset, length);
        expect(same(got, bytes.subarray(offset, Math.min(offset + length, bytes.length))), `${offset}+${length}`).toBe(true);
        kept.push([offset, got]);
      }
      for (const [offset, got] of kept) expect(same(got, bytes.subarray(offset, offset + got.length)), `kept ${offset}`).toBe(true);
      expect(same(await source.read(bytes.length - 5, 100), bytes.subarray(bytes.length - 5))).toBe(true);
    } finally {
      await input.handle.close();
    }
  });
});
