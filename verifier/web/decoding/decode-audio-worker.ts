// The audio decoding worker: the page posts a File (with its packets when the fingerprint pass read
// them), the worker streams it through decode-audio-stream.ts and posts progress (throttled) and the
// fingerprint.
import type { AudioDecodeReply, AudioDecodeRequest } from './decode-audio-messages.ts';
import { decodeAudioStream } from './decode-audio-stream.ts';
import { fromTransfer } from '../hashing/media-transfer.ts';

const PROGRESS_EVERY_MS = 200;

const post = (reply: AudioDecodeReply, transfer: Transferable[] = []): void => postMessage(reply, transfer);

onmessage = async (event: MessageEvent<AudioDecodeRequest>) => {
  const { file, media, track } = event.data;
  let last = 0;
  try {
    const fingerprint = await decodeAudioStream(file, (decodedSeconds, durationSeconds) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS) return;
      last = now;
      post({ type: 'progress', decodedSeconds, durationSeconds });
    }, media && fromTransfer(media), track);
    post({ type: 'done', fingerprint }, fingerprint ? [fingerprint.subFingerprints.buffer, fingerprint.loudness.buffer] : []);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
