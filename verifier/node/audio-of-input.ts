// The perceptual audio section for a file whose container is known (WAV, or media the packet layer
// read): decoded by ffmpeg in a worker thread, as that container (decode-whitelist.ts). A missing
// ffmpeg is an error that names the install command; a file ffmpeg cannot decode, or one without an
// audio stream, simply has no audio section (the byte and packet layers still compare it). A file
// that decodes to a different length than its own packet table states holds more than one stream
// of sound, and which one a player plays is not ours to guess: that is an input error. Further
// sound tracks ("sound 2", …) are decoded the same way, each as the audio stream of its place.
import type { AudioFingerprint } from '../../shared/audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../../shared/audio/params.ts';
import { writeAudioSection, type AudioSection } from '../../shared/audio/section.ts';
import type { TrackWithSound } from '../../shared/media/packets/track-section.ts';
import type { PacketTable } from '../../shared/media/packets/packet-table.ts';
import { findFfmpeg } from './decode-audio.ts';
import { fingerprintAudioFile } from './decode-audio-fingerprint.ts';
import { fingerprintAudioFileInWorker } from './decode-audio-threaded.ts';
import { InputError } from './input-error.ts';

/** Decoders add or drop priming and padding (tens of ms); more than this is another stream. */
const DURATION_TOLERANCE_SECONDS = 0.5;
const DURATION_TOLERANCE_SHARE = 0.02;

export interface AudioOptions {
  /** The container the fingerprint pass detected, and the duration its packet table (or WAV header) states. */
  container?: string;
  duration?: number | null;
  /** Seconds decoded so far and the container's duration in seconds (null when ffmpeg does not know it). */
  onProgress?: (decodedSeconds: number, durationSeconds: number | null) => void;
  /** The bundled worker; tests pass their own build. */
  workerUrl?: URL;
  /** Which audio stream, from 0 (the first sound) in the container's order. */
  stream?: number;
  /**
   * Decode in this thread, not a worker: for one recording at a time (`fingerprint`), a worker's own
   * heap only adds to the peak (some 20 MB for three hours of 720p with its sound: 145 against 126
   * MB). `compare` decodes its two recordings at once, each in a worker.
   */
  inThisThread?: boolean;
}

export async function audioSectionOf(path: string, options: AudioOptions = {}): Promise<AudioSection | null> {
  const fingerprint = await audioFingerprintOf(path, options);
  return fingerprint && writeAudioSection(fingerprint);
}

/** The sound's fingerprint as audioSectionOf's section holds it: null when there is no sound ffmpeg decodes. */
export async function audioFingerprintOf(path: string, options: AudioOptions = {}): Promise<AudioFingerprint | null> {
  let ffmpeg: string;
  try {
    ffmpeg = findFfmpeg();
  } catch (e) {
    throw new InputError(path, `cannot be decoded: ${(e as Error).message}`);
  }
  let fingerprint;
  try {
    const decode = options.inThisThread ? fingerprintAudioFile : fingerprintAudioFileInWorker;
    fingerprint = await decode(path, {
      ffmpeg,
      ...(options.container ? { container: options.container } : {}),
      ...(options.workerUrl ? { workerUrl: options.workerUrl } : {}),
      ...(options.stream ? { stream: options.stream } : {}),
      onProgress: (p) => options.onProgress?.(p.decodedSeconds, p.durationSeconds),
    });
  } catch (e) {
    if (e instanceof InputError) return null;
    throw e;
  }
  checkDuration(path, fingerprint.sampleCount / AUDIO_PARAMS.sampleRate, options.duration ?? null, options.stream ?? 0);
  return fingerprint.sampleCount > 0 ? fingerprint : null;
}

export interface TrackSoundOptions {
  container: string;
  /** As AudioOptions.inThisThread. */
  inThisThread?: boolean;
  /** The tracks to decode; without it, every further sound track. */
  labels?: readonly string[];
  /** A track's label, seconds decoded and its duration (null when ffmpeg does not know it). */
  onProgress?: (label: string, decodedSeconds: number, durationSeconds: number | null) => void;
}

/**
 * The tracks with the sound of each further sound track that ffmpeg decodes: "sound N" is the file's
 * audio stream N − 1, as the readers and ffmpeg both count them in the container's order.
 */
export async function withTrackSound(path: string, tracks: readonly TrackWithSound[], options: TrackSoundOptions): Promise<TrackWithSound[]> {
  const out: TrackWithSound[] = [];
  for (const track of tracks) {
    const place = /^sound (\d+)$/.exec(track.label);
    if (!place || track.audio || (options.labels && !options.labels.includes(track.label))) {
      out.push(track);
      continue;
    }
    const onProgress = (seconds: number, total: number | null): void => options.onProgress?.(track.label, seconds, total);
    const where = options.inThisThread ? { inThisThread: true } : {};
    const audio = await audioSectionOf(path, { container: options.container, stream: Number(place[1]) - 1, duration: tableSeconds(track.table), onProgress, ...where });
    out.push(audio ? { ...track, audio } : track);
  }
  return out;
}

function tableSeconds(table: PacketTable | null): number | null {
  const n = table?.times.length ?? 0;
  if (!table || n === 0) return null;
  return (table.times[n - 1]! + table.durations[n - 1]! - table.times[0]!) / table.timebase;
}

function checkDuration(path: string, decoded: number, stated: number | null, stream: number): void {
  if (stated === null) return;
  const tolerance = Math.max(DURATION_TOLERANCE_SECONDS, DURATION_TOLERANCE_SHARE * stated);
  if (Math.abs(decoded - stated) <= tolerance) return;
  const track = stream === 0 ? '' : `sound track ${stream + 1} `;
  throw new InputError(
    path,
    `${track}decodes to ${decoded.toFixed(1)} s of sound, but its own packet table says ${stated.toFixed(1)} s: the file holds more than one stream of sound and cannot be compared`,
  );
}
