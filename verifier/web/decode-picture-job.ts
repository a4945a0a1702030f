// Runs the picture decoding worker for one file: progress while it works, cancel by ending it (an
// abort of `signal`), one error line naming the file. Resolves null when the browser cannot decode
// the picture.
import type { VideoSection } from '../../shared/video/video-section.ts';
import { DecodeCancelledError } from './decode-audio-job.ts';
import type { DecodeProgress } from './decode-audio-stream.ts';
import type { PictureDecodeReply, PictureDecodeRequest } from './decode-picture-messages.ts';
import DecodePictureWorker from './decode-picture-worker.ts?worker&inline';

export function decodePictureInWorker(file: File, track: number, onProgress: DecodeProgress, signal?: AbortSignal): Promise<VideoSection | null> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DecodeCancelledError(`${file.name}: cancelled`));
    const worker = new DecodePictureWorker();
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(new DecodeCancelledError(`${file.name}: cancelled`));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<PictureDecodeReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.decodedSeconds, reply.durationSeconds);
      stop();
      if (reply.type === 'done') resolve(reply.video);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(`${file.name}: the picture decoding worker failed (${event.message})`));
    };
    const request: PictureDecodeRequest = { file, track };
    worker.postMessage(request);
  });
}
