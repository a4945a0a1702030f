// A further sound track the comparison left uncompared because its packets cannot decide (it was
// re-encoded while the first sound was copied, so the audio layer, which decodes such tracks with
// the first sound, was not asked): its sound is decoded on each file side (track-sound-section.ts)
// and the comparison runs again, as the CLI's compare-command.ts does. A fingerprint-file side
// brings the track's sound, or the track stays named as not compared.
import { compare } from '../../../shared/compare/compare.ts';
import type { CompareInput, CompareLayer } from '../../../shared/compare/layer.ts';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { tracksOf } from '../../../shared/compare/track-compare.ts';
import { addTrackSound } from './track-sound-section.ts';

export interface TrackSoundEvents {
  /** Called when the tracks' sound starts to be decoded. */
  onDecoding(): void;
  /** Seconds decoded of side `side` (0 the original, 1 the copy), and its duration. */
  onProgress(side: number, decodedSeconds: number, durationSeconds: number): void;
  /** Aborting it stops the decoding; the tracks are then named as not compared. */
  signal: AbortSignal;
}

/** The report after the uncompared further sound tracks were decoded, or `report` when there are none (or decoding was stopped). */
export async function compareWithTrackSound(
  report: CompareReport,
  inputs: readonly [CompareInput, CompareInput],
  files: readonly [File | null, File | null],
  layers: readonly CompareLayer[],
  events: TrackSoundEvents,
): Promise<{ report: CompareReport; cancelled: boolean }> {
  const heard = (input: CompareInput, i: number, label: string): boolean => files[i] !== null || Boolean(tracksOf(input)?.find((t) => t.label === label)?.audio);
  const labels = (report.uncompared ?? []).map((u) => u.track).filter((label) => /^sound \d+$/.test(label) && inputs.every((input, i) => heard(input, i, label)));
  if (labels.length === 0) return { report, cancelled: false };
  events.onDecoding();
  const outcomes = await Promise.all(
    inputs.map((input, i) => {
      const file = files[i];
      return file ? addTrackSound(input.fingerprint, file, { labels, onProgress: (done, total) => events.onProgress(i, done, total), signal: events.signal }) : null;
    }),
  );
  if (outcomes.includes('cancelled')) return { report, cancelled: true };
  return { report: await compare(inputs[0], inputs[1], layers), cancelled: false };
}
