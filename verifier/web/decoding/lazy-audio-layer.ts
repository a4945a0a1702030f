// The audio layer as the page asks it: last, and only when packets and bytes could not decide or
// leave stretches for the sound to explain (compare.ts), so a file is decoded only when its sound
// is actually needed. A fingerprint-file side brings its audio
// section already. Each further sound track whose packets cannot decide (re-encoded with the first)
// is decoded then too, so it is compared by its sound (track-sound-section.ts).
import { audioLayer } from '../../../shared/compare/audio-layer.ts';
import type { CompareLayer } from '../../../shared/compare/layer.ts';
import { addAudioSection, type AudioOutcome } from './audio-section.ts';
import type { MediaPackets } from '../hashing/media-transfer.ts';
import { addTrackSound, soundTracksToHear } from './track-sound-section.ts';

/** A side's file, with its container as the fingerprint pass read it (null: none read). */
export interface DecodableFile {
  file: File;
  media: MediaPackets | null;
}

export interface AudioDecodingEvents {
  /** Called when decoding starts, and with the outcomes when it ends. */
  onDecoding(outcomes: AudioOutcome[] | null): void;
  /** Seconds decoded of side `side` (0 the original, 1 the copy), and its duration. */
  onProgress(side: number, decodedSeconds: number, durationSeconds: number): void;
  /** Aborting it stops the decoding; the comparison then goes on without the sound. */
  signal: AbortSignal;
}

/** @param files the original's and the copy's file, null for a fingerprint-file side */
export function lazyAudioLayer(files: readonly [DecodableFile | null, DecodableFile | null], events: AudioDecodingEvents): CompareLayer {
  return {
    basis: 'audio',
    async compare(original, copy) {
      events.onDecoding(null);
      const sides = [original, copy] as const;
      const progressOf = (i: number) => (decoded: number, duration: number) => events.onProgress(i, decoded, duration);
      const outcomes = await Promise.all(
        sides.map((side, i) => {
          const source = files[i];
          if (!source) return Promise.resolve<AudioOutcome>('added');
          return addAudioSection(side.fingerprint, source.file, { media: source.media, onProgress: progressOf(i), signal: events.signal });
        }),
      );
      const labels = soundTracksToHear(original, copy);
      if (labels.length > 0 && !outcomes.includes('cancelled')) {
        const heard = await Promise.all(
          sides.map((side, i) => {
            const source = files[i];
            return source ? addTrackSound(side.fingerprint, source.file, { labels, onProgress: progressOf(i), signal: events.signal }) : null;
          }),
        );
        for (const [i, h] of heard.entries()) if (h === 'cancelled') outcomes[i] = 'cancelled';
      }
      events.onDecoding(outcomes);
      return audioLayer.compare(original, copy);
    },
  };
}
