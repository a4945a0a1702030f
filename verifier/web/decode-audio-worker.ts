// The audio decoding worker: the page posts a File, the worker streams it through
// decode-audio-stream.ts and posts progress (throttled) and the fingerprint.
import type { AudioDecodeReply } from './decode-audio-messages.ts';
import { decodeAudioStream } from './decode-audio-stream.ts';

const PROGRESS_EVERY_MS = 200;

const post = (reply: AudioDecodeReply, transfer: Transferable[] = []): void => postMessage(reply, transfer);

onmessage = async (event: MessageEvent<File>) => {
  const file = event.data;
  let last = 0;
  try {
    const fingerprint = await decodeAudioStream(file, (decodedSeconds, durationSeconds) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      post({ type: 'progress', decodedSeconds, durationSeconds });
    });
    post({ type: 'done', fingerprint }, fingerprint ? [fingerprint.subFingerprints.buffer, fingerprint.loudness.buffer] : []);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
