// The packet layer inside a single streaming pass gives exactly what reading the file twice gives,
// for any chunking, with memory held to a small window; files that need random access say so.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { MediaError } from '../../../shared/media/media-error.ts';
import { packetLayer, StreamingPacketLayer } from '../../../shared/media/packets/packet-layer.ts';
import { RANDOM_ACCESS_NEEDED, StreamedByteSource } from '../../../shared/media/streamed-byte-source.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { memoryByteSource } from './node-byte-source.ts';

beforeAll(() => {
  ensureMedia();
}, 120_000);

async function streamed(name: string, bytes: Uint8Array, chunk: number, retain: number) {
  const layer = new StreamingPacketLayer(name, bytes.length, undefined, { retain });
  for (let at = 0; at < bytes.length; at += chunk) await layer.update(bytes.subarray(at, at + chunk));
  return layer.finish();
}

describe('StreamingPacketLayer', () => {
  test.each([
    ['opus.webm', 7 * 1024],
    ['video.webm', 64 * 1024],
    ['opus.ogg', 3 * 1024],
    ['vorbis.ogg', 64 * 1024],
    ['faststart.m4a', 5 * 1024],
    ['fragmented.mp4', 64 * 1024],
    ['adts.aac', 10 * 1024],
    ['sample.flac', 64 * 1024],
    ['nb.amr', 1000],
    ['pcm.wav', 64 * 1024],
  ])('%s in %i-byte chunks: the same section as reading the file', async (name, chunk) => {
    const bytes = new Uint8Array(readFileSync(mediaPath(name)));
    const direct = await packetLayer(memoryByteSource(name, bytes));
    // A window much smaller than the file, so bytes are dropped while the reader works.
    const result = await streamed(name, bytes, chunk, 32 * 1024);
    expect(result).not.toBeNull();
    expect(result!.section).toEqual(direct.section);
    expect([...result!.result.packets]).toEqual([...direct.result.packets]);
  });

  test.each([
    ['aac.m4a', 'its moov comes after the media data'],
    ['vbr.mp3', 'tags at the end of an MP3 are looked for first'],
  ])('%s needs random access (%s): finish() says null', async (name) => {
    const bytes = new Uint8Array(readFileSync(mediaPath(name)));
    expect(await streamed(name, bytes, 16 * 1024, 16 * 1024)).toBeNull();
  });

  test('a malformed file is a MediaError from finish()', async () => {
    // An MP4 whose moov (the sample table) is gone.
    const bytes = Uint8Array.from([0, 0, 0, 16, ...new TextEncoder().encode('ftypisom'), 0, 0, 0, 0, 0, 0, 0, 8, ...new TextEncoder().encode('free')]);
    await expect(streamed('no-moov.mp4', bytes, 4096, 32 * 1024)).rejects.toBeInstanceOf(MediaError);
  });
});

describe('StreamedByteSource', () => {
  test('reads wait for their bytes, span chunks, and fail once their bytes are dropped', async () => {
    const file = Uint8Array.from({ length: 100 }, (_, i) => i);
    const source = new StreamedByteSource('f', 100, 20);
    const dropped: number[] = [];
    source.onDrop = (start, bytes) => dropped.push(start, bytes.length);
    const pending = source.read(5, 20);
    for (let at = 0; at < 30; at += 10) await source.update(file.subarray(at, at + 10));
    expect(Array.from(await pending)).toEqual(Array.from(file.subarray(5, 25)));
    const far = source.read(90, 20);
    for (let at = 30; at < 100; at += 10) await source.update(file.subarray(at, at + 10));
    source.end();
    expect(Array.from(await far)).toEqual(Array.from(file.subarray(90, 100)));
    await expect(source.read(10, 5)).rejects.toThrow(`f: ${RANDOM_ACCESS_NEEDED} at byte 10`);
    source.finishReading();
    expect(dropped.filter((_, i) => i % 2 === 0)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });

  test('the producer waits while the reader lags more than the window behind', async () => {
    const source = new StreamedByteSource('f', 1000, 100);
    let pushed = 0;
    const producing = (async () => {
      for (let at = 0; at < 1000; at += 50) {
        await source.update(new Uint8Array(50));
        pushed = at + 50;
      }
    })();
    await new Promise((resume) => setTimeout(resume, 20));
    expect(pushed).toBeLessThanOrEqual(150);
    await source.read(600, 10);
    await new Promise((resume) => setTimeout(resume, 20));
    expect(pushed).toBeGreaterThanOrEqual(650);
    expect(pushed).toBeLessThanOrEqual(750);
    source.finishReading();
    await producing;
    expect(pushed).toBe(1000);
  });
});
