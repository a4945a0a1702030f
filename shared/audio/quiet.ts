// Which sub-fingerprints lie in silence or room noise. Their bits are noise on both sides, so the
// alignment must not read a mismatch there as an edit. Thresholds are relative to the recording's
// own speech level (its 90th loudness percentile), so a louder or quieter copy is judged alike.

import type { AudioFingerprint } from './fingerprint.ts';
import { loudnessToDb } from './fingerprint.ts';
import { AUDIO_PARAMS } from './params.ts';

/** Below speech level by this much: silence or background. */
const QUIET_BELOW_DB = 30;
/** Within this of speech level: clearly sound, even over added noise. */
const LOUD_WITHIN_DB = 15;

function speechLevel(loudness: Uint8Array): number {
  if (loudness.length === 0) return 0;
  const sorted = Uint8Array.from(loudness).sort();
  return loudnessToDb(sorted[Math.floor(0.9 * (sorted.length - 1))]!);
}

function perSubFingerprint(fp: AudioFingerprint, test: (db: number) => boolean): Uint8Array {
  const flags = new Uint8Array(fp.subFingerprints.length);
  for (let k = 0; k < flags.length; k++) {
    const byte = fp.loudness[Math.floor(k / AUDIO_PARAMS.loudnessBlock)];
    flags[k] = byte !== undefined && test(loudnessToDb(byte)) ? 1 : 0;
  }
  return flags;
}

/** 1 where the sub-fingerprint is silence or background noise. */
export function quietFlags(fp: AudioFingerprint): Uint8Array {
  const threshold = speechLevel(fp.loudness) - QUIET_BELOW_DB;
  return perSubFingerprint(fp, (db) => db < threshold);
}

/** 1 where the sub-fingerprint is near speech level. */
export function loudFlags(fp: AudioFingerprint): Uint8Array {
  const threshold = speechLevel(fp.loudness) - LOUD_WITHIN_DB;
  return perSubFingerprint(fp, (db) => db > threshold);
}
