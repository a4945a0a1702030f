// Worker thread that decodes and fingerprints one file, so the two sides of a comparison use both
// cores (ffmpeg decodes in its own process either way; the fingerprint is the JavaScript half).

import { parentPort, workerData } from 'node:worker_threads';
import { fingerprintAudioFile } from './decode-audio-fingerprint.ts';
import type { DecodeProgress } from './decode-audio.ts';
import { InputError } from './input-error.ts';

export interface AudioWorkerRequest {
  file: string;
  ffmpeg?: string;
  container?: string;
  stream?: number;
}

export type AudioWorkerReply =
  | { type: 'progress'; progress: DecodeProgress }
  | { type: 'done'; subFingerprints: Uint32Array; loudness: Uint8Array; sampleCount: number }
  | { type: 'error'; message: string; file: string | null; problem: string };

const { file, ffmpeg, container, stream } = workerData as AudioWorkerRequest;
const post = (reply: AudioWorkerReply, transfer: ArrayBuffer[] = []): void => parentPort?.postMessage(reply, transfer);

// Progress goes out every 30 s of decoded audio: a message per PCM chunk would be noise.
let lastSent = -Infinity;
fingerprintAudioFile(file, {
  ...(ffmpeg ? { ffmpeg } : {}),
  ...(container ? { container } : {}),
  ...(stream ? { stream } : {}),
  onProgress: (progress) => {
    if (progress.decodedSeconds - lastSent < 30) return;
    lastSent = progress.decodedSeconds;
    post({ type: 'progress', progress });
  },
}).then(
  (fp) => {
    const buffers = [fp.subFingerprints.buffer, fp.loudness.buffer].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    post({ type: 'done', ...fp }, buffers);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // The class does not cross threads: send its parts so the caller can rebuild it.
    const file = error instanceof InputError ? error.file : null;
    post({ type: 'error', message, file, problem: error instanceof InputError ? error.problem : message });
  },
);
