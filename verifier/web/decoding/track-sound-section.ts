// The sound of a file's further sound tracks ("sound 2", …) in the page, for a track whose packets
// cannot decide against the other side's (re-encoded): our readers read that track's packets, the
// audio worker decodes them with WebCodecs as it does the first sound's, and the fingerprint goes
// into the track's `tracks` entry as `audio` (shared/compare/track-sound.ts compares it). Only the
// streaming path: decodeAudioData would decode the file's first track, not this one, so a track
// WebCodecs cannot decode stays without its sound and is named as not compared.
import { writeAudioSection } from '../../../shared/audio/section.ts';
import type { CompareInput } from '../../../shared/compare/layer.ts';
import { tracksOf } from '../../../shared/compare/track-compare.ts';
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import { comparePackets } from '../../../shared/media/packets/packet-compare.ts';
import type { TrackSectionEntry } from '../../../shared/media/packets/track-section.ts';
import { decodeAudioInWorker } from './decode-audio-job.ts';
import { DecodeCancelledError } from './decode-worker-run.ts';
import type { DecodeProgress } from './decode-audio-stream.ts';

/** The further sound tracks both sides have whose packets cannot decide: only their sound can. */
export function soundTracksToHear(original: CompareInput, copy: CompareInput): string[] {
  const [a, b] = [tracksOf(original), tracksOf(copy)];
  if (!a || !b) return [];
  return a
    .filter((t) => {
      const other = b.find((o) => o.label === t.label);
      return t.kind === 'audio' && t.table && other?.table && !comparePackets(t.table, other.table).decided;
    })
    .map((t) => t.label);
}

export interface TrackSoundOptions {
  /** The tracks to decode; without it, every further sound track (a fingerprint file to keep). */
  labels?: readonly string[];
  onProgress?: DecodeProgress;
  signal?: AbortSignal;
}

/**
 * Adds `audio` to the `tracks` entries of further sound tracks in a file's fingerprint (the section
 * as the fingerprint worker wrote it). 'cancelled' when `signal` stopped it; a track that cannot be
 * decoded is left as it was.
 */
export async function addTrackSound(fingerprint: Fingerprint, file: File, options: TrackSoundOptions = {}): Promise<'added' | 'cancelled'> {
  const entries = (Array.isArray(fingerprint.tracks) ? fingerprint.tracks : []) as TrackSectionEntry[];
  for (const entry of entries) {
    if ((options.labels && !options.labels.includes(entry.label)) || entry.kind !== 'audio' || entry.audio) continue;
    try {
      const sound = await decodeAudioInWorker(file, null, options.onProgress ?? (() => {}), options.signal, entry.id);
      if (sound && sound.sampleCount > 0) entry.audio = writeAudioSection(sound);
    } catch (error) {
      if (error instanceof DecodeCancelledError) return 'cancelled';
    }
  }
  return 'added';
}
