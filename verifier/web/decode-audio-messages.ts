// The messages between the page and the audio decoding worker.
import type { AudioFingerprint } from '../../shared/audio/fingerprint.ts';

export type AudioDecodeReply =
  | { type: 'progress'; decodedSeconds: number; durationSeconds: number }
  /** `fingerprint` null: this worker cannot decode the file; the page falls back to decodeAudioData. */
  | { type: 'done'; fingerprint: AudioFingerprint | null }
  | { type: 'error'; message: string };
