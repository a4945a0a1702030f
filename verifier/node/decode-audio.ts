// Decodes any audio or video file to mono float32 PCM at the fingerprint's analysis rate, by running
// ffmpeg as a subprocess. Why ffmpeg rather than WASM decoders from npm: one installed tool decodes
// every container and codec the verifier accepts (MP3, AAC/M4A, Opus/Vorbis, WebM, WAV, AMR, …),
// resamples in C, and streams; the WASM alternatives each cover one codec and would ship megabytes.
// PCM is passed on as it arrives, so memory stays flat for any length of recording.

import { open } from 'node:fs/promises';
import { AUDIO_PARAMS } from '../../shared/audio/params.ts';
import { detectContainer } from '../../shared/media/detect-container.ts';
import { ffmpegInputRestrictions } from './decode-whitelist.ts';
import { findOnPath, isExecutable } from './find-on-path.ts';
import { InputError } from './input-error.ts';
import { PcmChunks } from './pcm-chunks.ts';
import { spawnDecoder, unsandboxedRefusal, withoutInputUrl } from './sandboxed-spawn.ts';

export const FFMPEG_ENV = 'OPNAMEPACT_FFMPEG';

export interface DecodeProgress {
  decodedSeconds: number;
  /** From the container header; null when ffmpeg does not know it. */
  durationSeconds: number | null;
}

export interface DecodeOptions {
  /**
   * The container Opnamepact's own readers detected, which ffmpeg is made to read the file as;
   * without it, detected here from the file's first bytes as the fingerprint pass does.
   */
  container?: string;
  onProgress?: (progress: DecodeProgress) => void;
  /** Overrides OPNAMEPACT_FFMPEG and PATH; for tests. */
  ffmpeg?: string;
  /** Which audio stream, counted from 0 in the container's order (a further sound track's); 0 without it. */
  stream?: number;
}

export interface DecodeResult {
  sampleCount: number;
  durationSeconds: number | null;
}

/**
 * The ffmpeg to run: $OPNAMEPACT_FFMPEG if set, otherwise the first `ffmpeg` on PATH; refused
 * when the sandbox is required and unavailable (sandboxed-spawn.ts).
 */
export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): string {
  const ffmpeg = locateFfmpeg(env);
  const refused = unsandboxedRefusal(ffmpeg, env);
  if (refused) throw new Error(refused);
  return ffmpeg;
}

function locateFfmpeg(env: NodeJS.ProcessEnv): string {
  const configured = env[FFMPEG_ENV];
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`${FFMPEG_ENV}=${configured} is not an executable file; install ffmpeg (apt-get install ffmpeg) or fix the variable`);
  }
  const found = findOnPath('ffmpeg', env.PATH);
  if (found) return found;
  throw new Error(`ffmpeg not found on PATH, needed to decode audio: install it (apt-get install ffmpeg) or set ${FFMPEG_ENV}`);
}

async function detectedContainer(file: string): Promise<string> {
  const head = new Uint8Array(64);
  try {
    const handle = await open(file, 'r');
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw new InputError(file, (e as { code?: string }).code === 'ENOENT' ? 'no such file' : `cannot be read (${(e as Error).message})`);
  }
  return detectContainer(head, file);
}

function parseDuration(text: string): number | null {
  const m = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(text);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}

/** The most telling line of ffmpeg's stderr for a failure: its last non-empty line. */
function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? 'no output';
}

function failureOf(stderr: string, file: string): string {
  if (/matches no streams/.test(stderr)) return 'has no audio stream';
  if (/Protocol not on whitelist/.test(stderr)) return 'refers to a network address for its audio, which is never opened';
  const codec = /Codec \((\S+)\) not on whitelist/.exec(stderr);
  if (codec) return `is in a codec Opnamepact does not decode (${codec[1]})`;
  if (/not on whitelist/.test(stderr)) return 'refers to a playlist or another file, which is never followed';
  return `ffmpeg cannot decode the audio: ${withoutInputUrl(lastLine(stderr), file)}`;
}

/**
 * Streams `file` as mono float32 PCM at AUDIO_PARAMS.sampleRate into `onPcm`, chunk by chunk (each
 * chunk's samples are valid during the call only: `onPcm` copies what it keeps).
 * @throws InputError naming the file when it cannot be decoded or ffmpeg is missing
 */
export async function decodeAudio(
  file: string,
  onPcm: (pcm: Float32Array) => void,
  options: DecodeOptions = {},
): Promise<DecodeResult> {
  let ffmpeg: string;
  try {
    ffmpeg = options.ffmpeg ?? findFfmpeg();
  } catch (e) {
    throw new InputError(file, `cannot be decoded: ${(e as Error).message}`);
  }
  const restrictions = ffmpegInputRestrictions(file, options.container ?? (await detectedContainer(file)));
  // `input` is where ffmpeg sees the file: inside its sandbox (sandboxed-spawn.ts), a fixed path.
  const args = (input: string): string[] => [
    '-hide_banner', '-nostdin', '-nostats', '-loglevel', 'info',
    // What players play, not what the file asks for (decode-whitelist.ts): the container our
    // readers detected, local files only (nothing leaves the device), no playlists or references.
    ...restrictions, '-i', `file:${input}`,
    '-map', `0:a:${options.stream ?? 0}`, '-vn', '-ac', '1', '-ar', String(AUDIO_PARAMS.sampleRate),
    '-f', 'f32le', '-',
  ];
  return new Promise((resolve, reject) => {
    const child = spawnDecoder(ffmpeg, file, args);
    let stderr = '';
    let durationSeconds: number | null = null;
    const pcm = new PcmChunks();
    let sampleCount = 0;
    let failed: Error | null = null;

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      // Keep only the tail: stderr is for the duration line and the error message.
      stderr = (stderr + text).slice(-8192);
      durationSeconds ??= parseDuration(stderr);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      const samples = pcm.samplesOf(chunk);
      if (samples.length === 0) return;
      sampleCount += samples.length;
      try {
        onPcm(samples);
        options.onProgress?.({ decodedSeconds: sampleCount / AUDIO_PARAMS.sampleRate, durationSeconds });
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error));
        child.kill();
      }
    });
    child.on('error', (error) => {
      reject(new InputError(file, `cannot be decoded: cannot start ffmpeg (${ffmpeg}): ${error.message}; install it with apt-get install ffmpeg`));
    });
    child.on('close', (code) => {
      if (failed) return reject(failed);
      if (code !== 0) {
        return reject(new InputError(file, failureOf(stderr, file)));
      }
      resolve({ sampleCount, durationSeconds });
    });
  });
}
