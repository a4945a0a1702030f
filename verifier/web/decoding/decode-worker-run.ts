// One run of a decoding worker (the sound's or the picture's) for one file: the request posted, its
// progress passed on, cancel by ending the worker (an abort of `signal`), one error line naming the
// file; resolves with the worker's 'done' reply.
import type { DecodeProgress } from './decode-audio-stream.ts';

export class DecodeCancelledError extends Error {
  override readonly name = 'DecodeCancelledError';
}

type Reply<Done> = { type: 'progress'; decodedSeconds: number; durationSeconds: number } | { type: 'error'; message: string } | Done;

/** @param what the worker's job in the error line: "audio", "picture" */
export function runDecodeWorker<Done extends { type: 'done' }>(
  start: () => Worker,
  file: File,
  what: string,
  request: { message: unknown; transfer: Transferable[] },
  onProgress: DecodeProgress,
  signal?: AbortSignal,
): Promise<Done> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DecodeCancelledError(`${file.name}: cancelled`));
    const worker = start();
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(new DecodeCancelledError(`${file.name}: cancelled`));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<Reply<Done>>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.decodedSeconds, reply.durationSeconds);
      stop();
      if (reply.type === 'error') reject(new Error(reply.message));
      else resolve(reply as Done);
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(`${file.name}: the ${what} decoding worker failed (${event.message})`));
    };
    worker.postMessage(request.message, request.transfer);
  });
}
