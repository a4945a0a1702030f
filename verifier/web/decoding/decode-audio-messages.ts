// The messages between the page and the audio decoding worker.
import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import type { MediaTransfer } from '../hashing/media-transfer.ts';

/** `media`: the container as the fingerprint pass read it; null to have the worker read it. */
export interface AudioDecodeRequest {
  file: File;
  media: MediaTransfer | null;
  /** The container's id of a further sound track, read and decoded instead of the first. */
  track?: number;
}

export type AudioDecodeReply =
  | { type: 'progress'; decodedSeconds: number; durationSeconds: number }
  /** `fingerprint` null: this worker cannot decode the file; the page falls back to decodeAudioData. */
  | { type: 'done'; fingerprint: AudioFingerprint | null }
  | { type: 'error'; message: string };
