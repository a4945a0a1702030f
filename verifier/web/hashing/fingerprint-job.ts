// Runs the two workers for one file (fingerprint and code, joined by a MessageChannel): progress
// while they work, cancel by ending them (the only way to stop a read in progress), one error line
// naming the file.
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import CodeWorker from './code-worker.ts?worker&inline';
import FingerprintWorker from './fingerprint-worker.ts?worker&inline';
import { fromTransfer, type MediaPackets } from './media-transfer.ts';
import type { FingerprintReply, FingerprintRequest } from './worker-messages.ts';

export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

export interface FingerprintResult {
  fingerprint: Fingerprint;
  /** The container as the worker read it; null when no packets were read. */
  media: MediaPackets | null;
  /** Why the worker could not read the container; null when it could. */
  packetProblem: string | null;
}

export interface FingerprintJob {
  result: Promise<FingerprintResult>;
  cancel(): void;
}

export function startFingerprint(file: File, onProgress: (done: number, total: number) => void): FingerprintJob {
  const worker = new FingerprintWorker();
  const codeWorker = new CodeWorker();
  const stop = (): void => {
    worker.terminate();
    codeWorker.terminate();
  };
  let fail: (e: Error) => void = () => {};
  const result = new Promise<FingerprintResult>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (event: MessageEvent<FingerprintReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress(reply.done, reply.total);
      stop();
      if (reply.type === 'done') resolve({ fingerprint: reply.fingerprint, media: reply.media && fromTransfer(reply.media), packetProblem: reply.packetProblem });
      else reject(new Error(reply.message));
    };
    worker.onerror = codeWorker.onerror = (event) => {
      stop();
      reject(new Error(`${file.name}: a hashing worker failed (${event.message})`));
    };
  });
  const channel = new MessageChannel();
  codeWorker.postMessage(channel.port2, [channel.port2]);
  const request: FingerprintRequest = { file, code: channel.port1 };
  worker.postMessage(request, [channel.port1]);
  return {
    result,
    cancel: () => {
      stop();
      fail(new CancelledError(`${file.name}: cancelled`));
    },
  };
}
