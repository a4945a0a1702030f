import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { AudioFingerprinter } from '../../../shared/audio/fingerprint.ts';
import { AUDIO_PARAMS } from '../../../shared/audio/params.ts';
import { decodeAudio, findFfmpeg, type DecodeProgress } from '../../../verifier/node/decode-audio.ts';
import { fingerprintAudioFile } from '../../../verifier/node/decode-audio-fingerprint.ts';
import { fingerprintAudioFileInWorker } from '../../../verifier/node/decode-audio-threaded.ts';
import { audioSectionOf } from '../../../verifier/node/audio-of-input.ts';
import { InputError } from '../../../verifier/node/input-error.ts';

const DIR = join(import.meta.dirname, '../../.generated/audio-decode');
const tone = join(DIR, 'tone-stereo-44k.wav');
const long = join(DIR, 'speechlike-30s.mp3');
const text = join(DIR, 'not-audio.mp3');
const video = join(DIR, 'video-only.mkv');
const workerUrl = pathToFileURL(join(DIR, 'decode-audio-worker.mjs'));

beforeAll(async () => {
  // The worker runs from a bundled .mjs, as in the built CLI.
  await build({
    entryPoints: [join(import.meta.dirname, '../../../verifier/node/decode-audio-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: workerUrl.pathname,
    logLevel: 'warning',
  });
  mkdirSync(DIR, { recursive: true });
  execFileSync('sox', ['-n', '-r', '44100', '-c', '2', '-b', '16', tone, 'synth', '3', 'sine', '440', 'vol', '0.5']);
  const ffmpeg = (...args: string[]): Buffer => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args]);
  ffmpeg('-f', 'lavfi', '-i', 'anoisesrc=d=30:c=pink:a=0.2', '-c:a', 'libmp3lame', '-b:a', '64k', long);
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=d=1:s=64x64', video);
  writeFileSync(text, 'this is not audio\n'.repeat(100));
});

async function decodeAll(file: string): Promise<{ pcm: Float32Array; calls: number; progress: DecodeProgress[] }> {
  const parts: Float32Array[] = [];
  const progress: DecodeProgress[] = [];
  await decodeAudio(file, (p) => parts.push(p.slice()), { onProgress: (p) => progress.push(p) });
  const pcm = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    pcm.set(p, at);
    at += p.length;
  }
  return { pcm, calls: parts.length, progress };
}

describe('decodeAudio', () => {
  it('decodes stereo 44.1 kHz to mono float PCM at the analysis rate', async () => {
    const { pcm } = await decodeAll(tone);
    expect(Math.abs(pcm.length - 3 * AUDIO_PARAMS.sampleRate)).toBeLessThan(10);
    const middle = pcm.subarray(1000, pcm.length - 1000);
    let crossings = 0;
    for (let i = 1; i < middle.length; i++) if (middle[i - 1]! < 0 !== middle[i]! < 0) crossings++;
    expect((crossings / 2 / middle.length) * AUDIO_PARAMS.sampleRate).toBeCloseTo(440, -1);
    // ffmpeg mixes two equal channels at -3 dB each: the mono tone is √2 × 0.5 · 1/√2 = 0.5 RMS.
    const rms = Math.sqrt(middle.reduce((s, x) => s + x * x, 0) / middle.length);
    expect(rms).toBeCloseTo(0.5, 2);
  });

  it('streams in chunks and reports progress against the duration', async () => {
    const { pcm, calls, progress } = await decodeAll(long);
    expect(calls).toBeGreaterThan(3);
    const last = progress[progress.length - 1]!;
    expect(last.decodedSeconds).toBeCloseTo(pcm.length / AUDIO_PARAMS.sampleRate, 6);
    expect(last.durationSeconds).toBeCloseTo(30, 0);
    expect(progress.map((p) => p.decodedSeconds)).toEqual([...progress.map((p) => p.decodedSeconds)].sort((a, b) => a - b));
  });

  it('fingerprints the file exactly as the decoded PCM', async () => {
    const { pcm } = await decodeAll(long);
    const direct = new AudioFingerprinter().update(pcm).finish();
    const streamed = await fingerprintAudioFile(long);
    expect(streamed.subFingerprints).toEqual(direct.subFingerprints);
    expect(streamed.sampleCount).toBe(pcm.length);
  });

  it('names the file when it cannot be decoded', async () => {
    await expect(decodeAudio(text, () => {})).rejects.toThrow(InputError);
    await expect(decodeAudio(text, () => {})).rejects.toThrow(`${text}: cannot be decoded: not a recording in a container Opnamepact reads`);
    await expect(decodeAudio(text, () => {}, { container: 'mp3' })).rejects.toThrow(new RegExp(`^${text}: ffmpeg cannot decode the audio: .+`));
    await expect(decodeAudio(join(DIR, 'missing.wav'), () => {})).rejects.toThrow(`${join(DIR, 'missing.wav')}: no such file`);
    await expect(decodeAudio(video, () => {})).rejects.toThrow(`${video}: has no audio stream`);
  });

  it('never lets a playlist choose what is decoded, nor open the network', async () => {
    const lines = '#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nhttp://127.0.0.1:9/a.ts\n#EXT-X-ENDLIST\n';
    const playlist = join(DIR, 'remote.m3u8');
    writeFileSync(playlist, lines);
    await expect(decodeAudio(playlist, () => {})).rejects.toThrow(`${playlist}: cannot be decoded: not a recording in a container Opnamepact reads`);
    // Behind an ID3 tag our readers call it MP3, so ffmpeg reads it as MP3 and finds no sound in it;
    // left to probe, ffmpeg skips the tag and opens the playlist (security review F1).
    const tagged = join(DIR, 'tagged-playlist.mp3');
    writeFileSync(tagged, Buffer.concat([Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]), Buffer.from(lines)]));
    await expect(decodeAudio(tagged, () => {})).rejects.toThrow(new RegExp(`^${tagged}: ffmpeg cannot decode the audio`));
    // Told to read it as a playlist anyway, ffmpeg refuses: hls is not on the demuxer whitelist.
    await expect(decodeAudio(playlist, () => {}, { container: 'hls' })).rejects.toThrow(`${playlist}: cannot be decoded: not a recording`);
  });

  it('decodes compressed WAV (IMA ADPCM, GSM 6.10) as dictaphones write it', async () => {
    for (const codec of ['adpcm_ima_wav', 'gsm_ms']) {
      const wav = join(DIR, `tone-${codec}.wav`);
      execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', tone, '-ar', '8000', '-ac', '1', '-c:a', codec, wav]);
      const { pcm } = await decodeAll(wav);
      expect(Math.abs(pcm.length - 3 * AUDIO_PARAMS.sampleRate), codec).toBeLessThan(AUDIO_PARAMS.sampleRate / 10);
    }
  });

  it('refuses to decode a codec outside the whitelist, naming the file', async () => {
    const wav = join(DIR, 'tone-adpcm-yamaha.wav');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', tone, '-ac', '1', '-c:a', 'adpcm_yamaha', wav]);
    await expect(decodeAudio(wav, () => {})).rejects.toThrow(`${wav}: is in a codec Opnamepact does not decode (adpcm_yamaha)`);
  });

  it('decodes an MP4 video’s sound although its picture codec is not on the decoder whitelist', async () => {
    const clip = join(DIR, 'clip.mp4');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=d=2:s=64x64', '-i', tone, '-t', '2', '-c:v', 'libx264', '-c:a', 'aac', '-shortest', clip]);
    const { pcm } = await decodeAll(clip);
    expect(Math.abs(pcm.length - 2 * AUDIO_PARAMS.sampleRate)).toBeLessThan(AUDIO_PARAMS.sampleRate / 10);
  });

  it('stops ffmpeg and passes on an error thrown by the consumer', async () => {
    await expect(
      decodeAudio(long, () => {
        throw new Error('consumer gave up');
      }),
    ).rejects.toThrow('consumer gave up');
  });
});

describe('findFfmpeg', () => {
  it('finds ffmpeg on PATH', () => {
    expect(findFfmpeg({ PATH: process.env.PATH })).toMatch(/\/ffmpeg$/);
  });

  it('uses OPNAMEPACT_FFMPEG when set', () => {
    const path = findFfmpeg({ PATH: process.env.PATH });
    expect(findFfmpeg({ PATH: '', OPNAMEPACT_FFMPEG: path })).toBe(path);
  });

  it('says how to install ffmpeg when it is missing', () => {
    expect(() => findFfmpeg({ PATH: '/nonexistent' })).toThrow(/ffmpeg not found on PATH.*apt-get install ffmpeg/);
    expect(() => findFfmpeg({ PATH: process.env.PATH, OPNAMEPACT_FFMPEG: '/no/such/ffmpeg' })).toThrow(
      /OPNAMEPACT_FFMPEG=\/no\/such\/ffmpeg is not an executable file.*apt-get install ffmpeg/,
    );
  });

  it('reports a missing ffmpeg when decoding', async () => {
    await expect(decodeAudio(tone, () => {}, { ffmpeg: '/no/such/ffmpeg' })).rejects.toThrow(InputError);
    await expect(decodeAudio(tone, () => {}, { ffmpeg: '/no/such/ffmpeg' })).rejects.toThrow(
      new RegExp(`^${tone}: cannot be decoded: cannot start ffmpeg \\(/no/such/ffmpeg\\).*apt-get install ffmpeg`),
    );
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(decodeAudio(tone, () => {})).rejects.toThrow(new RegExp(`^${tone}: cannot be decoded: ffmpeg not found on PATH.*apt-get install ffmpeg`));
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('fingerprintAudioFileInWorker', () => {
  it('gives the same fingerprint as the main thread, with progress', async () => {
    const progress: DecodeProgress[] = [];
    const threaded = await fingerprintAudioFileInWorker(long, { workerUrl, onProgress: (p) => progress.push(p) });
    const direct = await fingerprintAudioFile(long);
    expect(threaded.subFingerprints).toEqual(direct.subFingerprints);
    expect(threaded.loudness).toEqual(direct.loudness);
    expect(threaded.sampleCount).toBe(direct.sampleCount);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('refuses a file whose decoded length contradicts its own packet table, naming the file', async () => {
    const section = await audioSectionOf(tone, { workerUrl, container: 'wav', duration: 3 });
    expect(section?.sampleCount).toBeGreaterThan(2.9 * AUDIO_PARAMS.sampleRate);
    await expect(audioSectionOf(tone, { workerUrl, container: 'wav', duration: 10 })).rejects.toThrow(
      `${tone}: decodes to 3.0 s of sound, but its own packet table says 10.0 s: the file holds more than one stream of sound and cannot be compared`,
    );
  });

  it('passes on the error that names the file', async () => {
    await expect(fingerprintAudioFileInWorker(text, { workerUrl })).rejects.toThrow(InputError);
    await expect(fingerprintAudioFileInWorker(text, { workerUrl })).rejects.toThrow(`${text}: cannot be decoded: not a recording`);
    await expect(fingerprintAudioFileInWorker(tone, { workerUrl, ffmpeg: '/no/such/ffmpeg' })).rejects.toThrow(/apt-get install ffmpeg/);
  });
});
