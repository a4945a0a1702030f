import { describe, expect, it } from 'vitest';
import { AudioFingerprinter, loudnessToDb, type AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';
import { subFingerprintCount } from '../../../shared/audio/section.ts';

const RATE = AUDIO_PARAMS.sampleRate;

/** Speech-like test signal: noise bursts with a moving tone, deterministic. */
function signal(seconds: number, seed = 1): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE));
  let s = seed;
  for (let i = 0; i < out.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const t = i / RATE;
    const envelope = 0.5 + 0.5 * Math.sin(2 * Math.PI * 1.7 * t);
    const tone = Math.sin(2 * Math.PI * (400 + 300 * Math.sin(t)) * t);
    out[i] = 0.3 * envelope * (tone + (s / 2 ** 32 - 0.5));
  }
  return out;
}

function fingerprint(pcm: Float32Array, cuts: number[] = []): AudioFingerprint {
  const f = new AudioFingerprinter();
  let at = 0;
  for (const cut of [...cuts, pcm.length]) {
    f.update(pcm.subarray(at, cut));
    at = cut;
  }
  return f.finish();
}

describe('AudioFingerprinter', () => {
  const pcm = signal(3);
  const whole = fingerprint(pcm);

  it('yields the documented number of sub-fingerprints and loudness blocks', () => {
    expect(whole.subFingerprints.length).toBe(subFingerprintCount(pcm.length));
    expect(whole.subFingerprints.length).toBe(Math.floor((pcm.length - AUDIO_PARAMS.frameSize) / AUDIO_PARAMS.hop));
    expect(whole.loudness.length).toBe(Math.ceil(whole.subFingerprints.length / AUDIO_PARAMS.loudnessBlock));
    expect(whole.sampleCount).toBe(pcm.length);
  });

  it('gives the same result however the input is split', () => {
    for (const cut of [1, 63, 64, 2047, 2048, 2049, 5000, pcm.length - 1]) {
      const split = fingerprint(pcm, [cut]);
      expect(split.subFingerprints).toEqual(whole.subFingerprints);
      expect(split.loudness).toEqual(whole.loudness);
    }
    const many = Array.from({ length: 200 }, (_, i) => Math.floor(((i + 1) * pcm.length) / 201) + (i % 7));
    expect(fingerprint(pcm, many).subFingerprints).toEqual(whole.subFingerprints);
  });

  it('does not change a bit when the level doubles, and the loudness rises by 6 dB', () => {
    const louder = fingerprint(pcm.map((x) => x * 2));
    expect(louder.subFingerprints).toEqual(whole.subFingerprints);
    for (let b = 0; b < whole.loudness.length; b++) {
      expect(loudnessToDb(louder.loudness[b]!) - loudnessToDb(whole.loudness[b]!)).toBeCloseTo(6.02, 0);
    }
  });

  it('uses all 32 bits and tells different audio apart', () => {
    const other = fingerprint(signal(3, 99));
    const ones = new Set<number>();
    let differing = 0;
    for (let i = 0; i < whole.subFingerprints.length; i++) {
      const w = whole.subFingerprints[i]!;
      for (let b = 0; b < 32; b++) if ((w >>> b) & 1) ones.add(b);
      if (w !== other.subFingerprints[i]) differing++;
    }
    expect(ones.size).toBe(32);
    expect(differing).toBeGreaterThan(whole.subFingerprints.length * 0.9);
  });

  it('reports a full-scale tone near 0 dB and silence at the floor', () => {
    const tone = Float32Array.from({ length: RATE }, (_, i) => Math.sin((2 * Math.PI * 1000 * i) / RATE));
    const fp = fingerprint(tone);
    expect(Math.abs(loudnessToDb(fp.loudness[0]!))).toBeLessThan(1.5);
    const silent = fingerprint(new Float32Array(RATE));
    expect(silent.loudness.every((b) => b === 0)).toBe(true);
    expect(silent.subFingerprints.every((w) => w === 0)).toBe(true);
  });

  it('yields nothing for audio shorter than a frame', () => {
    const fp = fingerprint(new Float32Array(AUDIO_PARAMS.frameSize - 1));
    expect(fp.subFingerprints.length).toBe(0);
    expect(fp.loudness.length).toBe(0);
  });

  it('refuses use after finish()', () => {
    const f = new AudioFingerprinter();
    f.finish();
    expect(() => f.update(new Float32Array(10))).toThrow(/after finish/);
    expect(() => f.finish()).toThrow(/twice/);
  });
});
