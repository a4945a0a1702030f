// The messages between the page and its two workers. The fingerprint worker reads the file, finds
// and hashes the chunks; it hands every block it read to the code worker (the whole-file SHA-256)
// over a MessageChannel, so the two hashes run on two cores, and gets the buffer back for the next.
import type { Fingerprint } from '../../../shared/fingerprint/fingerprint.ts';
import type { MediaTransfer } from './media-transfer.ts';

export interface FingerprintRequest {
  file: File;
  /** The port to the code worker. */
  code: MessagePort;
}

export type FingerprintReply =
  | { type: 'progress'; done: number; total: number }
  /**
   * `media`: the container as read (packets as columns, not objects), for times and the sound; null when no packets were read.
   * `packetProblem`: why the container could not be read, for the report; null when it could.
   */
  | { type: 'done'; fingerprint: Fingerprint; media: MediaTransfer | null; packetProblem: string | null }
  | { type: 'error'; message: string };

/** To the code worker: the next `length` bytes of the file at the start of `buffer` (transferred), or the end of the file. */
export type CodeRequest = { type: 'update'; buffer: ArrayBuffer; length: number } | { type: 'digest' };

/** From the code worker: a buffer hashed and handed back for reuse, or the code. */
export type CodeReply = { type: 'hashed'; buffer: ArrayBuffer } | { type: 'code'; code: string } | { type: 'error'; message: string };
