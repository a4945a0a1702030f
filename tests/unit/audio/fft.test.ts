import { describe, expect, it } from 'vitest';
import { RealFft } from '../../../shared/audio/fft.ts';

function naivePower(x: Float64Array): Float64Array {
  const n = x.length;
  const out = new Float64Array(n / 2);
  for (let k = 0; k < n / 2; k++) {
    let re = 0;
    let im = 0;
    for (let t = 0; t < n; t++) {
      re += x[t]! * Math.cos((2 * Math.PI * k * t) / n);
      im -= x[t]! * Math.sin((2 * Math.PI * k * t) / n);
    }
    out[k] = re * re + im * im;
  }
  return out;
}

function noise(n: number, seed: number): Float64Array {
  let s = seed;
  return Float64Array.from({ length: n }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32 - 0.5;
  });
}

describe('RealFft', () => {
  for (const size of [8, 16, 64, 256, 2048]) {
    it(`matches a naive DFT at size ${size}`, () => {
      const x = noise(size, size);
      const expected = naivePower(x);
      const got = new Float64Array(size / 2);
      new RealFft(size).power(x, got);
      for (let k = 0; k < size / 2; k++) expect(got[k]).toBeCloseTo(expected[k]!, 6);
    });
  }

  it('computes a sub-range of bins into the start of the output', () => {
    const x = noise(256, 7);
    const full = new Float64Array(128);
    const part = new Float64Array(20);
    const fft = new RealFft(256);
    fft.power(x, full);
    fft.power(x, part, 30, 50);
    expect(Array.from(part)).toEqual(Array.from(full.subarray(30, 50)));
  });

  it('puts a pure tone in its bin', () => {
    const x = Float64Array.from({ length: 512 }, (_, t) => Math.cos((2 * Math.PI * 37 * t) / 512));
    const p = new Float64Array(256);
    new RealFft(512).power(x, p);
    expect(p[37]).toBeCloseTo(256 * 256, 6);
    expect(p[36]! + p[38]!).toBeLessThan(1e-12);
  });

  it('applies a window to a frame at an offset while loading it', () => {
    const samples = noise(300, 3);
    const window = Float64Array.from({ length: 256 }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / 256));
    const windowed = Float64Array.from({ length: 256 }, (_, i) => samples[40 + i]! * window[i]!);
    const fft = new RealFft(256);
    const expected = new Float64Array(128);
    const got = new Float64Array(128);
    fft.power(windowed, expected);
    fft.windowedPower(samples, 40, window, got);
    for (let k = 0; k < 128; k++) expect(got[k]).toBeCloseTo(expected[k]!, 9);
  });

  it('rejects sizes that are not powers of two, wrong lengths and ranges', () => {
    expect(() => new RealFft(1000)).toThrow(/power of two/);
    expect(() => new RealFft(16).power(new Float64Array(8), new Float64Array(8))).toThrow(/input length 8/);
    expect(() => new RealFft(16).windowedPower(new Float64Array(20), 5, null, new Float64Array(8))).toThrow(/frame \[5, 21\) outside/);
    expect(() => new RealFft(16).windowedPower(new Float64Array(16), 0, new Float64Array(8), new Float64Array(8))).toThrow(/window length 8/);
    expect(() => new RealFft(16).power(new Float64Array(16), new Float64Array(8), 4, 9)).toThrow(/bin range \[4, 9\)/);
  });
});
