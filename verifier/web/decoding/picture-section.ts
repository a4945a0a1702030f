// The fingerprint file's `video` section in the browser (shared/video/video-section.ts): the picture
// track's frame signatures, decoded in a worker (decode-picture-stream.ts), so the page compares a
// re-encoded picture and writes fingerprint files the CLI reads, as the CLI's are read by the page.
// A file without a picture, or one this browser cannot decode, simply has none (its picture is then
// named as not compared).
import type { CompareInput } from '../../../shared/compare/layer.ts';
import { tracksOf } from '../../../shared/compare/track-compare.ts';
import { DecodeCancelledError } from './decode-worker-run.ts';
import type { DecodeProgress } from './decode-audio-stream.ts';
import { decodePictureInWorker } from './decode-picture-job.ts';

export type PictureOutcome = 'added' | 'none' | 'cancelled' | { error: string };

export interface PictureSectionOptions {
  onProgress?: DecodeProgress;
  /** Aborting it stops the decoding; the outcome is then 'cancelled'. */
  signal?: AbortSignal;
}

/** The picture track's container id, when the side has a picture whose packets were read. */
export function pictureTrack(input: CompareInput): number | null {
  return tracksOf(input)?.find((t) => t.label === 'picture' && t.table !== null)?.id ?? null;
}

/** Adds `fingerprint.video` for `file` when it has a picture this browser decodes. */
export async function addPictureSection(input: CompareInput, file: File, options: PictureSectionOptions = {}): Promise<PictureOutcome> {
  const { fingerprint } = input;
  if (fingerprint.video !== undefined) return 'added';
  const track = pictureTrack(input);
  if (track === null) return 'none';
  try {
    const video = await decodePictureInWorker(file, track, options.onProgress ?? (() => {}), options.signal);
    if (video === null) return 'none';
    fingerprint.video = video;
    return 'added';
  } catch (error) {
    if (error instanceof DecodeCancelledError) return 'cancelled';
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
