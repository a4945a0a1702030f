import { describe, expect, it } from 'vitest';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';
import { Resampler } from '../../../shared/audio/resampler.ts';
import { seededRandom } from '../../support/seeded-random.ts';

const OUT = AUDIO_PARAMS.sampleRate;

function tone(hz: number, rate: number, seconds: number, amplitude = 0.5): Float32Array {
  const out = new Float32Array(Math.round(rate * seconds));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / rate);
  return out;
}

function resampleInPieces(rate: number, planar: Float32Array[], cuts: number[]): Float32Array {
  const r = new Resampler(rate, planar.length);
  const pieces: Float32Array[] = [];
  let at = 0;
  for (const cut of [...cuts, planar[0]!.length]) {
    pieces.push(r.update(planar.map((c) => c.subarray(at, cut))));
    at = cut;
  }
  pieces.push(r.finish());
  return Float32Array.from(pieces.flatMap((p) => Array.from(p)));
}

/** RMS over the middle of the output, away from the start and end transients. */
function middleRms(x: Float32Array): number {
  const from = Math.floor(x.length * 0.2);
  const to = Math.floor(x.length * 0.8);
  let sum = 0;
  for (let i = from; i < to; i++) sum += x[i]! ** 2;
  return Math.sqrt(sum / (to - from));
}

const db = (ratio: number) => 20 * Math.log10(ratio);

describe('Resampler', () => {
  it('gives identical output however the input is split', () => {
    const random = seededRandom(7);
    const left = new Float32Array(48000).map(() => random() * 2 - 1);
    const right = new Float32Array(48000).map(() => random() * 2 - 1);
    const whole = resampleInPieces(48000, [left, right], []);
    expect(whole.length).toBe(Math.ceil((48000 * OUT) / 48000));
    for (let trial = 0; trial < 5; trial++) {
      const cuts: number[] = [];
      for (let at = 0; at < 48000; ) {
        at += 1 + Math.floor(random() * (trial % 2 ? 30 : 9000));
        if (at < 48000) cuts.push(at);
      }
      expect(resampleInPieces(48000, [left, right], cuts)).toEqual(whole);
    }
    // Single-sample pieces and empty pieces too.
    expect(resampleInPieces(48000, [left.subarray(0, 3000), right.subarray(0, 3000)], [0, 0, ...Array.from({ length: 2999 }, (_, i) => i + 1)])).toEqual(
      resampleInPieces(48000, [left.subarray(0, 3000), right.subarray(0, 3000)], []),
    );
  });

  for (const rate of [48000, 44100, 32000, 22050, 16000, 8000]) {
    it(`passes a 1 kHz tone and removes a 3 kHz one at ${rate} Hz`, () => {
      if (rate > 6000) {
        const passed = resampleInPieces(rate, [tone(1000, rate, 2)], []);
        expect(passed.length).toBe(Math.ceil((tone(1000, rate, 2).length * OUT) / rate));
        expect(Math.abs(db(middleRms(passed) / (0.5 / Math.SQRT2)))).toBeLessThan(0.2);
      }
      const above = resampleInPieces(rate, [tone(3000, rate, 2)], []);
      expect(db(middleRms(above) / (0.5 / Math.SQRT2))).toBeLessThan(-40);
    });
  }

  it('attenuates everything from the output Nyquist frequency up by at least 40 dB', () => {
    for (const hz of [2760, 2900, 3500, 5000, 9000, 15000, 21000]) {
      const out = resampleInPieces(48000, [tone(hz, 48000, 1)], []);
      expect(db(middleRms(out) / (0.5 / Math.SQRT2)), `${hz} Hz`).toBeLessThan(-40);
    }
  });

  it('keeps the fingerprint bands flat (within 0.2 dB)', () => {
    for (const hz of [300, 700, 1500, 2000]) {
      const out = resampleInPieces(44100, [tone(hz, 44100, 1)], []);
      expect(Math.abs(db(middleRms(out) / (0.5 / Math.SQRT2))), `${hz} Hz`).toBeLessThan(0.2);
    }
  });

  it('mixes channels to their mean', () => {
    const a = tone(1000, 48000, 1);
    const silent = resampleInPieces(48000, [a, a.map((v) => -v)], []);
    expect(middleRms(silent)).toBeLessThan(1e-6);
    const half = resampleInPieces(48000, [a, new Float32Array(a.length)], []);
    expect(Math.abs(db(middleRms(half) / (0.25 / Math.SQRT2)))).toBeLessThan(0.2);
  });

  it('keeps a constant constant', () => {
    const out = resampleInPieces(44100, [new Float32Array(44100).fill(0.25)], []);
    for (let i = 200; i < out.length - 200; i++) expect(out[i]).toBeCloseTo(0.25, 5);
  });

  it('refuses misuse with a clear error', () => {
    expect(() => new Resampler(0, 1)).toThrow(/sample rate 0 Hz/);
    expect(() => new Resampler(48000, 0)).toThrow(/0 channels/);
    const r = new Resampler(48000, 2);
    expect(() => r.update([new Float32Array(4)])).toThrow(/expected 2 channels/);
    expect(() => r.update([new Float32Array(4), new Float32Array(3)])).toThrow(/different lengths/);
    r.finish();
    expect(() => r.finish()).toThrow(/twice/);
  });
});
