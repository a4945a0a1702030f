import { describe, expect, it } from 'vitest';
import { PcmChunks } from '../../../verifier/node/pcm-chunks.ts';

describe('PcmChunks', () => {
  const samples = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i / 7) * (i % 3 === 0 ? -1 : 1));
  const bytes = new Uint8Array(samples.buffer);

  it('gives every sample once, in order, however the bytes are split (samples cut anywhere)', () => {
    for (const sizes of [[4000], [1, 1, 1, 1, 3996], [3, 5, 7, 2, 3983], [4001], [2, 2], [999, 1, 3000], [4, 4, 3992]]) {
      const chunks = new PcmChunks();
      const out: number[] = [];
      let at = 0;
      for (const size of sizes) {
        out.push(...chunks.samplesOf(bytes.subarray(at, Math.min(bytes.length, at + size))));
        at += size;
      }
      expect(Float32Array.from(out)).toEqual(samples.subarray(0, Math.floor(Math.min(at, bytes.length) / 4)));
    }
  });

  it('reuses one buffer: a chunk\'s samples are valid until the next call', () => {
    const chunks = new PcmChunks();
    const first = chunks.samplesOf(bytes.subarray(0, 400));
    const second = chunks.samplesOf(bytes.subarray(400, 800));
    expect(second.buffer).toBe(first.buffer);
    expect(Array.from(second)).toEqual(Array.from(samples.subarray(100, 200)));
  });
});
