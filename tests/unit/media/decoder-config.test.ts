// The readers' decoder configuration against ffprobe's extradata for the same files (ffmpeg keeps
// each codec's configuration in its own form: the AudioSpecificConfig, OpusHead, Xiph-laced Vorbis
// headers, a bare STREAMINFO), plus the forms only WebCodecs needs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adtsDecoderConfig, xiphLace } from '../../../shared/media/decoder-config.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { readPacketsOf } from './media-files.ts';

let temp = '';

beforeAll(() => {
  ensureMedia();
  temp = mkdtempSync(join(tmpdir(), 'decoder-config-'));
}, 120_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The audio stream's extradata as ffprobe dumps it (hex rows), as bytes. */
function extradata(path: string): number[] {
  const text = execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=extradata', '-show_data', '-of', 'default', path], { encoding: 'utf8' });
  const bytes: number[] = [];
  for (const [, hex] of text.matchAll(/^[0-9a-f]{8}: ((?:[0-9a-f]{2,4} ?)+)/gm)) {
    for (const pair of hex!.replace(/ /g, '').match(/../g)!) bytes.push(parseInt(pair, 16));
  }
  return bytes;
}

/** The packets of a Xiph-laced block. */
function unlace(laced: Uint8Array): Uint8Array[] {
  const sizes: number[] = [];
  let at = 1;
  for (let k = 0; k < laced[0]!; k++) {
    let size = 0;
    while (laced[at] === 255) size += laced[at++]!;
    sizes.push(size + laced[at++]!);
  }
  const packets = sizes.map((size) => laced.subarray(at, (at += size)));
  return [...packets, laced.subarray(at)];
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function remux(name: string, output: string): string {
  const path = join(temp, output);
  execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-i', mediaPath(name), '-c', 'copy', '-strict', 'experimental', path]);
  return path;
}

describe('decoder configuration from the readers', () => {
  test.each(['aac.m4a', 'faststart.m4a', 'video.mp4', 'fragmented.mp4', 'opus.ogg', 'opus.webm', 'video.webm', 'vorbis.mkv'])('%s: as ffmpeg has it', async (name) => {
    const result = await readPacketsOf(mediaPath(name));
    const want = extradata(mediaPath(name));
    expect(want.length).toBeGreaterThan(1);
    expect(Array.from(result.decoderConfig ?? [])).toEqual(want);
  });

  test('Ogg Vorbis: the three header packets Xiph-laced', async () => {
    const headers = unlace((await readPacketsOf(mediaPath('vorbis.ogg'))).decoderConfig ?? new Uint8Array());
    // ffmpeg rewrites the comment header (it has parsed the tags); the other two are the stream's own.
    const want = unlace(Uint8Array.from(extradata(mediaPath('vorbis.ogg'))));
    expect(headers.map((h) => Array.from(h.subarray(0, 7)))).toEqual([[1, ...ascii('vorbis')], [3, ...ascii('vorbis')], [5, ...ascii('vorbis')]]);
    expect(headers[0]).toEqual(want[0]);
    expect(headers[2]).toEqual(want[2]);
  });

  test('FLAC: "fLaC" and STREAMINFO as the last metadata block', async () => {
    const config = Array.from((await readPacketsOf(mediaPath('sample.flac'))).decoderConfig ?? []);
    expect(config).toEqual([...ascii('fLaC'), 0x80, 0, 0, 34, ...extradata(mediaPath('sample.flac'))]);
  });

  test('ADTS: the AudioSpecificConfig the MP4 encoding of the same stream stores', async () => {
    const config = (await readPacketsOf(mediaPath('adts.aac'))).decoderConfig;
    // AAC-LC (2), 48 kHz (index 3), stereo (2): what ffmpeg wrote into aac.m4a's esds, before its extension.
    expect(Array.from(config ?? [])).toEqual(extradata(mediaPath('aac.m4a')).slice(0, 2));
    // AAC-LC, 8 kHz (index 11), mono.
    expect(Array.from(adtsDecoderConfig(Uint8Array.of(0xff, 0xf1, 0x6c, 0x40, 0, 0, 0)))).toEqual([0x15, 0x88]);
  });

  test('Opus in MP4: the dOps box turned into an OpusHead', async () => {
    const result = await readPacketsOf(remux('opus.ogg', 'opus.mp4'));
    expect(result.codec).toBe('opus');
    expect(Array.from(result.decoderConfig ?? [])).toEqual(extradata(mediaPath('opus.ogg')));
  });

  test('FLAC in MP4: the dfLa box as "fLaC" + its metadata blocks', async () => {
    const result = await readPacketsOf(remux('sample.flac', 'flac.mp4'));
    expect(result.codec).toBe('flac');
    const config = Array.from(result.decoderConfig ?? []);
    expect(config.slice(0, 4)).toEqual(ascii('fLaC'));
    expect(config[4]! & 0x7f).toBe(0);
    expect(config.slice(8, 42)).toEqual(extradata(mediaPath('sample.flac')));
  });

  test('MP3 and WAV need none', async () => {
    expect((await readPacketsOf(mediaPath('cbr.mp3'))).decoderConfig).toBeUndefined();
    expect((await readPacketsOf(mediaPath('pcm.wav'))).decoderConfig).toBeUndefined();
  });

  test('Xiph lacing writes sizes in 255-steps, the last packet unlaced', () => {
    const laced = xiphLace([new Uint8Array(300).fill(1), new Uint8Array(255).fill(2), Uint8Array.of(3, 3)]);
    expect(Array.from(laced.subarray(0, 5))).toEqual([2, 255, 45, 255, 0]);
    expect(laced.length).toBe(5 + 300 + 255 + 2);
    expect(laced[5]).toBe(1);
    expect(laced[5 + 300]).toBe(2);
    expect(Array.from(laced.subarray(-2))).toEqual([3, 3]);
  });
});
