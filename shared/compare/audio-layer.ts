// The audio layer: when both sides carry their sound's fingerprint (decoded, or an `audio` section
// read from a fingerprint file), align them and report edits in seconds. Without both sections it cannot
// decide and returns null.

import type { AudioFingerprint } from '../audio/fingerprint.ts';
import { readAudioSection } from '../audio/section.ts';
import { tooLittleStructure } from '../audio/structure.ts';
import { alignAudio, type AlignProgress } from './audio-align.ts';
import type { CompareLayer } from './layer.ts';
import { summary } from './summary.ts';

/** What the corpus test holds every boundary to (measured: median 0.06 s, worst 0.17 s). */
export const AUDIO_RESOLUTION_SECONDS = 0.3;

/** The audio layer, reporting the alignment's progress to `onProgress` (a shell's progress bar). */
export function audioLayerWithProgress(onProgress?: AlignProgress): CompareLayer {
  return {
    basis: 'audio',
    async compare(original, copy) {
      if (original.fingerprint.audio === undefined || copy.fingerprint.audio === undefined) return null;
      const [a, b] = [soundOf(original.fingerprint.audio), soundOf(copy.fingerprint.audio)];
      const result = alignAudio(a, b, onProgress);
      // "Unrelated" would be a guess when a side's bits carry no sound to match (silence, a steady tone).
      const guess = result.verdict === 'unrelated' && (tooLittleStructure(a) || tooLittleStructure(b));
      return {
        verdict: guess ? 'cannot-tell' : result.verdict,
        basis: 'audio',
        unit: 'seconds',
        original: summary(original.fingerprint),
        copy: summary(copy.fingerprint),
        edits: result.edits,
        resolution: AUDIO_RESOLUTION_SECONDS,
      };
    },
  };
}

export const audioLayer: CompareLayer = audioLayerWithProgress();

/**
 * A side's sound: its fingerprint as decoded in this run (the CLI keeps the words, not their base64:
 * three hours are 3.7 MB, not 5 MB of text besides), or a section, read and checked. JSON holds no
 * Uint32Array, so a fingerprint file's section is always checked.
 */
function soundOf(value: unknown): AudioFingerprint {
  const decoded = value as Partial<AudioFingerprint> | null;
  return decoded?.subFingerprints instanceof Uint32Array && decoded.loudness instanceof Uint8Array ? (value as AudioFingerprint) : readAudioSection(value);
}
