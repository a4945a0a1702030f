// The picture as the page compares it, as the CLI does (compare-command.ts): the comparison runs;
// only when the picture's packets cannot decide (a re-encoded picture) are both sides' pictures
// decoded (picture-section.ts), and the comparison runs again so shared/compare's picture alignment
// places the picture's edits. The layers' own reports are kept from the first run, so the sound is
// not decoded twice. A fingerprint-file side brings its `video` section already.
import { compare } from '../../../shared/compare/compare.ts';
import type { CompareInput, CompareLayer } from '../../../shared/compare/layer.ts';
import type { CompareReport } from '../../../shared/compare/report.ts';
import { addPictureSection, type PictureOutcome } from './picture-section.ts';

export interface PictureDecodingEvents {
  /** Called when the pictures start to be decoded. */
  onDecoding(): void;
  /** Seconds decoded of side `side` (0 the original, 1 the copy), and its duration. */
  onProgress(side: number, decodedSeconds: number, durationSeconds: number): void;
  /** Aborting it stops the decoding; the picture is then named as not compared. */
  signal: AbortSignal;
}

/** A layer that answers a second run with its first report. */
function remembered(layer: CompareLayer): CompareLayer {
  let first: ReturnType<CompareLayer['compare']> | null = null;
  return { basis: layer.basis, compare: (original, copy) => (first ??= layer.compare(original, copy)) };
}

export async function compareWithPictures(
  inputs: readonly [CompareInput, CompareInput],
  files: readonly [File | null, File | null],
  layers: readonly CompareLayer[],
  events: PictureDecodingEvents,
): Promise<{ report: CompareReport; pictures: PictureOutcome[] | null }> {
  const kept = layers.map(remembered);
  const report = await compare(inputs[0], inputs[1], kept);
  if (!report.uncompared?.some((u) => u.track === 'picture')) return { report, pictures: null };
  // A fingerprint-file side without the section cannot be compared by the look: nothing to decode.
  if (inputs.some((input, i) => !files[i] && input.fingerprint.video === undefined)) return { report, pictures: null };
  events.onDecoding();
  const pictures = await Promise.all(
    inputs.map((input, i) => {
      const file = files[i];
      if (!file) return Promise.resolve<PictureOutcome>('added');
      return addPictureSection(input, file, { onProgress: (done, total) => events.onProgress(i, done, total), signal: events.signal });
    }),
  );
  if (!pictures.every((p) => p === 'added')) return { report, pictures };
  return { report: await compare(inputs[0], inputs[1], kept), pictures };
}
