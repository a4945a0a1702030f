// Whether a recording has enough structure for the sound's fingerprint to tell anything. Each bit
// is the sign of a change in the spectrum; where the sound changes (speech, music, even noise), the
// neighbouring sub-fingerprints, 11.6 ms apart on frames that overlap 31/32, differ in a few bits.
// Digital silence gives the same sub-fingerprint throughout (no bits change), and a steady tone
// gives changes so small that rounding decides each bit (many bits flip at random). Neither is the
// sound's: a re-encoded copy of either has bits that match the original's no better than chance,
// so "unrelated" would be a guess. Measured with ffmpeg-made PCM: a share of 0.13 for a 440 Hz
// tone, 0 for silence, 0.69-0.89 for speech, speech over noise and pink noise, loud or quiet.
import type { AudioFingerprint } from './fingerprint.ts';
import { popcount32 } from './popcount.ts';

/** Below this share of informative neighbours, the recording has too little structure. */
export const MIN_INFORMATIVE_SHARE = 0.3;
/** Neighbouring sub-fingerprints that differ in 1 to this many bits follow a real change of sound. */
const MOST_BITS_CHANGED = 5;

/** The share of neighbouring sub-fingerprints that differ in 1 to MOST_BITS_CHANGED bits (0 when fewer than two). */
export function informativeShare(subFingerprints: Uint32Array): number {
  if (subFingerprints.length < 2) return 0;
  let informative = 0;
  for (let k = 1; k < subFingerprints.length; k++) {
    const changed = popcount32((subFingerprints[k]! ^ subFingerprints[k - 1]!) >>> 0);
    if (changed > 0 && changed <= MOST_BITS_CHANGED) informative++;
  }
  return informative / (subFingerprints.length - 1);
}

/** True when the sound's fingerprint cannot tell this recording from another (silence, a steady tone). */
export function tooLittleStructure(fingerprint: Pick<AudioFingerprint, 'subFingerprints'>): boolean {
  return informativeShare(fingerprint.subFingerprints) < MIN_INFORMATIVE_SHARE;
}
