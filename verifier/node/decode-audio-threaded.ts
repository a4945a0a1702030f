// Decode and fingerprint a file in a worker thread: comparing two recordings then fingerprints both
// at once on a two-core machine instead of one after the other.

import { Worker } from 'node:worker_threads';
import type { AudioFingerprint } from '../../shared/audio/fingerprint.ts';
import type { DecodeOptions } from './decode-audio.ts';
import type { AudioWorkerReply, AudioWorkerRequest } from './decode-audio-worker.ts';
import { InputError } from './input-error.ts';

export interface ThreadedDecodeOptions extends DecodeOptions {
  /** The bundled worker; the built CLI has it beside itself, tests pass their own build. */
  workerUrl?: URL;
}

export function fingerprintAudioFileInWorker(file: string, options: ThreadedDecodeOptions = {}): Promise<AudioFingerprint> {
  const request: AudioWorkerRequest = {
    file,
    ...(options.ffmpeg ? { ffmpeg: options.ffmpeg } : {}),
    ...(options.container ? { container: options.container } : {}),
    ...(options.stream ? { stream: options.stream } : {}),
  };
  const worker = new Worker(options.workerUrl ?? new URL('./decode-audio-worker.mjs', import.meta.url), { workerData: request });
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: AudioWorkerReply) => {
      if (reply.type === 'progress') return options.onProgress?.(reply.progress);
      void worker.terminate();
      if (reply.type === 'error') return reject(reply.file === null ? new Error(reply.message) : new InputError(reply.file, reply.problem));
      resolve({ subFingerprints: reply.subFingerprints, loudness: reply.loudness, sampleCount: reply.sampleCount });
    });
    worker.on('error', reject);
  });
}
