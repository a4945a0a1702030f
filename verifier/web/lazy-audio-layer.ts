// The audio layer as the page asks it: last, and only when packets and bytes could not decide, so
// a file is decoded only when its sound is actually needed. A fingerprint-file side brings its audio
// section already.
import { audioLayer } from '../../shared/compare/audio-layer.ts';
import type { CompareLayer } from '../../shared/compare/layer.ts';
import { addAudioSection, type AudioOutcome } from './audio-section.ts';

/**
 * @param files the original's and the copy's file, null for a fingerprint-file side
 * @param onDecoding called when decoding starts, and with the outcomes when it ends
 */
export function lazyAudioLayer(files: readonly [File | null, File | null], onDecoding: (outcomes: AudioOutcome[] | null) => void): CompareLayer {
  return {
    basis: 'audio',
    async compare(original, copy) {
      onDecoding(null);
      const sides = [original, copy] as const;
      const outcomes = await Promise.all(sides.map((side, i) => (files[i] ? addAudioSection(side.fingerprint, files[i]) : Promise.resolve<AudioOutcome>('added'))));
      onDecoding(outcomes);
      return audioLayer.compare(original, copy);
    },
  };
}
