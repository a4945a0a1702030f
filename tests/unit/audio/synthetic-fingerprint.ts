// Synthetic fingerprints for alignment tests: random 32-bit words stand in for audio, bit flips for
// re-encoding, and loudness blocks mark speech or silence.

import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';

export const LOUD = 180;
export const QUIET = 80;

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0);
}

export function randomWords(n: number, seed: number): number[] {
  const next = rng(seed);
  return Array.from({ length: n }, next);
}

/** Flips each bit with probability `rate`. */
export function flipBits(words: readonly number[], rate: number, seed: number): number[] {
  const next = rng(seed);
  return words.map((w) => {
    let mask = 0;
    for (let b = 0; b < 32; b++) if (next() / 2 ** 32 < rate) mask |= 1 << b;
    return (w ^ mask) >>> 0;
  });
}

/** A fingerprint of `words`; `quiet` lists [from, to) word ranges of silence. */
export function fingerprintOf(words: readonly number[], quiet: [number, number][] = []): AudioFingerprint {
  const block = AUDIO_PARAMS.loudnessBlock;
  const loudness = Uint8Array.from({ length: Math.ceil(words.length / block) }, (_, b) =>
    quiet.some(([from, to]) => b * block >= from && (b + 1) * block <= to) ? QUIET : LOUD,
  );
  return {
    subFingerprints: Uint32Array.from(words),
    loudness,
    sampleCount: AUDIO_PARAMS.frameSize + words.length * AUDIO_PARAMS.hop,
  };
}

/** The time of the boundary before word `index`, as the alignment reports it. */
export function at(index: number): number {
  return (index * AUDIO_PARAMS.hop + AUDIO_PARAMS.frameSize / 2) / AUDIO_PARAMS.sampleRate;
}
