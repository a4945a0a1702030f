// Runs the audio decoding worker for one file: progress while it works, cancel by ending it (an
// abort of `signal`), one error line naming the file. Resolves null when the worker cannot decode
// the file, so the caller can fall back to decodeAudioData.
import type { AudioFingerprint } from '../../shared/audio/fingerprint.ts';
import type { AudioDecodeReply, AudioDecodeRequest } from './decode-audio-messages.ts';
import DecodeAudioWorker from './decode-audio-worker.ts?worker&inline';
import type { DecodeProgress } from './decode-audio-stream.ts';
import { toTransfer, transferables, type MediaPackets } from './media-transfer.ts';

export class DecodeCancelledError extends Error {
  override readonly name = 'DecodeCancelledError';
}

/**
 * @param media the file's container as the fingerprint pass read it, or null
 * @param track the container's id of a further sound track to decode instead of the first
 */
export function decodeAudioInWorker(file: File, media: MediaPackets | null, onProgress: DecodeProgress, signal?: AbortSignal, track?: number): Promise<AudioFingerprint | null> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DecodeCancelledError(`${file.name}: cancelled`));
    const worker = new DecodeAudioWorker();
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(new DecodeCancelledError(`${file.name}: cancelled`));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<AudioDecodeReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.decodedSeconds, reply.durationSeconds);
      stop();
      if (reply.type === 'done') resolve(reply.fingerprint);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(`${file.name}: the audio decoding worker failed (${event.message})`));
    };
    const request: AudioDecodeRequest = { file, media: media && toTransfer(media), ...(track === undefined ? {} : { track }) };
    worker.postMessage(request, request.media ? transferables(request.media) : []);
  });
}
