// Luma back from RGB frames (shared/video/rgb-luma.ts): black and white land on the coded range's
// ends (16, 235), the matrix weighs the channels (BT.709 green heavier than BT.601's), BGR order and
// the stride's padding are honoured.
import { describe, expect, test } from 'vitest';
import { rgbToLuma } from '../../../shared/video/rgb-luma.ts';

const pixel = (r: number, g: number, b: number, order: 'rgb' | 'bgr' = 'rgb'): number[] => (order === 'rgb' ? [r, g, b, 255] : [b, g, r, 255]);

describe('rgbToLuma', () => {
  test('black → 16, white → 235, in either order and matrix', () => {
    for (const order of ['rgb', 'bgr'] as const) {
      for (const matrix of ['bt601', 'bt709'] as const) {
        const plane = rgbToLuma(Uint8Array.from([...pixel(0, 0, 0, order), ...pixel(255, 255, 255, order)]), 0, 8, 2, 1, order, matrix, new Uint8Array(2));
        expect([...plane.data]).toEqual([16, 235]);
      }
    }
  });

  test('pure green: BT.709 weighs it 0.7152, BT.601 0.587', () => {
    const green = Uint8Array.from(pixel(0, 255, 0));
    expect(rgbToLuma(green, 0, 4, 1, 1, 'rgb', 'bt709', new Uint8Array(1)).data[0]).toBe(Math.round(16 + 219 * 0.7152));
    expect(rgbToLuma(green, 0, 4, 1, 1, 'rgb', 'bt601', new Uint8Array(1)).data[0]).toBe(Math.round(16 + 219 * 0.587));
  });

  test('BGR order: red read from the third byte; rows after padding and an offset', () => {
    const data = Uint8Array.from([9, 9, ...pixel(255, 0, 0, 'bgr'), 7, 7, 7, 7, ...pixel(0, 0, 255, 'bgr'), 7, 7, 7, 7]);
    const plane = rgbToLuma(data, 2, 8, 1, 2, 'bgr', 'bt601', new Uint8Array(2));
    expect([...plane.data]).toEqual([Math.round(16 + 219 * 0.299), Math.round(16 + 219 * 0.114)]);
  });

  test('pixels that do not fit their buffer are a clear error', () => {
    expect(() => rgbToLuma(new Uint8Array(10), 0, 8, 2, 2, 'rgb', 'bt601', new Uint8Array(4))).toThrow(/do not fit in 10 bytes/);
  });
});
