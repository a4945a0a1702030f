// Runs the audio decoding worker for one file (decode-worker-run.ts): progress while it works, cancel
// by ending it (an abort of `signal`), one error line naming the file. Resolves null when the worker cannot decode
// the file, so the caller can fall back to decodeAudioData.
import type { AudioFingerprint } from '../../../shared/audio/fingerprint.ts';
import type { AudioDecodeReply, AudioDecodeRequest } from './decode-audio-messages.ts';
import DecodeAudioWorker from './decode-audio-worker.ts?worker&inline';
import type { DecodeProgress } from './decode-audio-stream.ts';
import { runDecodeWorker } from './decode-worker-run.ts';
import { toTransfer, transferables, type MediaPackets } from '../hashing/media-transfer.ts';

/**
 * @param media the file's container as the fingerprint pass read it, or null
 * @param track the container's id of a further sound track to decode instead of the first
 */
export async function decodeAudioInWorker(file: File, media: MediaPackets | null, onProgress: DecodeProgress, signal?: AbortSignal, track?: number): Promise<AudioFingerprint | null> {
  const message: AudioDecodeRequest = { file, media: media && toTransfer(media), ...(track === undefined ? {} : { track }) };
  const transfer = message.media ? transferables(message.media) : [];
  const done = await runDecodeWorker<Extract<AudioDecodeReply, { type: 'done' }>>(() => new DecodeAudioWorker(), file, 'audio', { message, transfer }, onProgress, signal);
  return done.fingerprint;
}
