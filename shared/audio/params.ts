// The fixed analysis parameters of audio fingerprint version 1. Both sides of a comparison must use
// the same ones, so they are constants, written into every fingerprint file and checked on read.

export const AUDIO_FINGERPRINT_VERSION = 1;

export const AUDIO_PARAMS = {
  /** Decoders resample to this; 5512 Hz keeps the 2 kHz top band below Nyquist with little work. */
  sampleRate: 5512,
  /** 2048 samples = 0.372 s: long frames make the bits robust to codecs and noise. */
  frameSize: 2048,
  /** 64 samples = 11.6 ms: consecutive frames overlap 31/32, so a time shift barely changes bits. */
  hop: 64,
  bands: 33,
  lowHz: 300,
  highHz: 2000,
  /** One loudness value per this many sub-fingerprints (93 ms), for telling silence apart. */
  loudnessBlock: 8,
} as const;

export type AudioParams = typeof AUDIO_PARAMS;

/** Seconds from the start of the audio to the centre of sub-fingerprint `index`'s frame. */
export function subFingerprintCentre(index: number): number {
  const { hop, frameSize, sampleRate } = AUDIO_PARAMS;
  // Sub-fingerprint k compares frame k+1 with frame k: its centre lies between theirs.
  return ((index + 0.5) * hop + frameSize / 2) / sampleRate;
}

/** Seconds per sub-fingerprint step. */
export const HOP_SECONDS = AUDIO_PARAMS.hop / AUDIO_PARAMS.sampleRate;
