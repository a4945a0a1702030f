// The page's 32×32 area average of a frame's luma (shared/video/area-downscale.ts): exact block means
// when the size divides evenly, fractional pixels weighed by their coverage when it does not, the
// stride and offset of a decoded plane honoured, and a constant picture kept constant at any size.
import { describe, expect, test } from 'vitest';
import { AreaDownscaler } from '../../../shared/video/area-downscale.ts';
import { FRAME_BYTES } from '../../../shared/video/params.ts';

const reduce = (data: Uint8Array, width: number, height: number, stride = width, offset = 0) =>
  new AreaDownscaler().reduce({ data, offset, stride, width, height }, new Uint8Array(FRAME_BYTES));

describe('AreaDownscaler', () => {
  test('64×64 → each output pixel is the mean of its 2×2 block', () => {
    const data = new Uint8Array(64 * 64).map((_, i) => (i * 37 + (i >> 6) * 11) % 256);
    const out = reduce(data, 64, 64);
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const at = 2 * y * 64 + 2 * x;
        const mean = (data[at]! + data[at + 1]! + data[at + 64]! + data[at + 65]!) / 4;
        expect(out[y * 32 + x]).toBe(Math.round(mean));
      }
    }
  });

  test('48 columns → each output covers 1.5 source pixels, the shared one weighed by half', () => {
    // Row of 48: pixel p = p * 5; output o covers [1.5o, 1.5o + 1.5).
    const data = new Uint8Array(48 * 32);
    for (let y = 0; y < 32; y++) for (let p = 0; p < 48; p++) data[y * 48 + p] = p * 5;
    const out = reduce(data, 48, 32);
    for (let o = 0; o < 32; o++) {
      const start = 1.5 * o;
      let s = 0;
      for (let p = Math.floor(start); p < Math.ceil(start + 1.5); p++) s += p * 5 * (Math.min(start + 1.5, p + 1) - Math.max(start, p));
      expect(out[o]).toBe(Math.round(s / 1.5));
    }
  });

  test('a constant picture of odd size (1279×721) stays constant; stride and offset are honoured', () => {
    const width = 1279;
    const height = 721;
    const stride = 1344;
    const offset = 100;
    const data = new Uint8Array(offset + stride * height).fill(7);
    for (let y = 0; y < height; y++) data.fill(180, offset + y * stride, offset + y * stride + width);
    expect([...new Set(reduce(data, width, height, stride, offset))]).toEqual([180]);
  });

  test('a bright left half gives bright left columns, a dark right half dark ones (the layout kept)', () => {
    const data = new Uint8Array(640 * 360);
    for (let y = 0; y < 360; y++) data.fill(235, y * 640, y * 640 + 320).fill(16, y * 640 + 320, y * 640 + 640);
    const out = reduce(data, 640, 360);
    expect(out[0]).toBe(235);
    expect(out[15]).toBe(235);
    expect(out[16]).toBe(16);
    expect(out[31 * 32 + 31]).toBe(16);
  });

  test('a plane that does not fit its buffer is a clear error', () => {
    expect(() => reduce(new Uint8Array(100), 64, 64)).toThrow(/does not fit in 100 bytes/);
  });
});
