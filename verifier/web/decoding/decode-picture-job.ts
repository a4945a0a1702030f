// Runs the picture decoding worker for one file (decode-worker-run.ts): progress, cancel, one error
// line naming the file. Resolves null when the browser cannot decode the picture.
import type { VideoSection } from '../../../shared/video/video-section.ts';
import type { DecodeProgress } from './decode-audio-stream.ts';
import type { PictureDecodeReply, PictureDecodeRequest } from './decode-picture-messages.ts';
import DecodePictureWorker from './decode-picture-worker.ts?worker&inline';
import { runDecodeWorker } from './decode-worker-run.ts';

export async function decodePictureInWorker(file: File, track: number, onProgress: DecodeProgress, signal?: AbortSignal): Promise<VideoSection | null> {
  const message: PictureDecodeRequest = { file, track };
  const done = await runDecodeWorker<Extract<PictureDecodeReply, { type: 'done' }>>(() => new DecodePictureWorker(), file, 'picture', { message, transfer: [] }, onProgress, signal);
  return done.video;
}
