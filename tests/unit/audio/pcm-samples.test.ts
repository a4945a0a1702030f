// WAV's PCM as the page reads it without a decoder (shared/audio/pcm-samples.ts): every sample
// format, through the WAV reader's packets, against ffmpeg's own conversion to float.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPackets } from '../../../shared/media/read-packets.ts';
import { isPcmCodec, pcmToPlanar } from '../../../shared/audio/pcm-samples.ts';
import { fileByteSource } from '../media/node-byte-source.ts';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'audio-pcm-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SOURCE = ['-f', 'lavfi', '-i', 'anoisesrc=d=0.5:c=pink:r=22050:a=0.5:seed=5', '-filter_complex', 'pan=stereo|c0=c0|c1=-0.5*c0'];

describe('PCM from WAV packets', () => {
  test.each(['pcm_u8', 'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le', 'pcm_f64le'])('%s matches ffmpeg', async (codec) => {
    const wav = join(dir, `${codec}.wav`);
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...SOURCE, '-c:a', codec, wav]);
    const source = fileByteSource(wav);
    const read = await readPackets(source);
    expect(isPcmCodec(read.codec)).toBe(true);
    const left: number[] = [];
    const right: number[] = [];
    for (const p of read.packets) {
      const [l, r] = pcmToPlanar(await source.read(p.offset, p.size), read.codec!, read.channels!);
      left.push(...l!);
      right.push(...r!);
    }
    source.close();
    const raw = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', wav, '-f', 'f32le', '-c:a', 'pcm_f32le', '-']);
    const want = new Float32Array(raw.buffer, raw.byteOffset, raw.length / 4);
    expect(left.length).toBe(want.length / 2);
    for (let i = 0; i < left.length; i++) {
      expect(left[i]).toBeCloseTo(want[2 * i]!, 6);
      expect(right[i]).toBeCloseTo(want[2 * i + 1]!, 6);
    }
  });

  test('A-law and other codecs are not PCM here', () => {
    expect(isPcmCodec('alaw')).toBe(false);
    expect(isPcmCodec(null)).toBe(false);
    expect(() => pcmToPlanar(new Uint8Array(4), 'alaw', 1)).toThrow(/alaw is not a PCM format/);
  });
});
