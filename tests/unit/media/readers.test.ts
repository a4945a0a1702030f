// Every container reader against ffprobe on real files made by ffmpeg: the same packets (count,
// byte offset, size) at the same relative times.
import { beforeAll, describe, expect, test } from 'vitest';
import { createByteTimeMap } from '../../../shared/media/byte-time-map.ts';
import type { MediaReadResult } from '../../../shared/media/types.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { ffprobePackets } from './ffprobe-packets.ts';
import { readPacketsOf } from './media-files.ts';

beforeAll(() => {
  ensureMedia();
}, 120_000);

const read = (name: string): Promise<MediaReadResult> => readPacketsOf(mediaPath(name));

// How far each container's packet offset lies past the position ffprobe reports: ADTS packets leave
// out the 7-byte header, Matroska frames follow the SimpleBlock's element and block headers, and
// ffprobe gives an Ogg packet the position of the page it starts on.
const OGG_PAGE: [number, number] = [27, 27 + 255 + 255 * 255];
// Times match ffprobe's absolutely too (to its millisecond rounding for Matroska), except MP3:
// ffprobe leaves the LAME decoder delay in, which the reader takes out.
const CASES: { name: string; container: string; codec: string; offsetSlack?: [number, number]; headerBytes?: number; absolute?: number }[] = [
  { name: 'aac.m4a', container: 'mp4', codec: 'aac', absolute: 1e-6 },
  { name: 'faststart.m4a', container: 'mp4', codec: 'aac', absolute: 1e-6 },
  { name: 'video.mp4', container: 'mp4', codec: 'aac', absolute: 1e-6 },
  { name: 'video.mov', container: 'mp4', codec: 'aac', absolute: 1e-6 },
  { name: 'audio.3gp', container: 'mp4', codec: 'aac', absolute: 1e-6 },
  { name: 'fragmented.mp4', container: 'mp4', codec: 'aac', absolute: 1e-6 },
  { name: 'opus.webm', container: 'webm', codec: 'opus', offsetSlack: [4, 16], absolute: 0.001 },
  { name: 'video.webm', container: 'webm', codec: 'opus', offsetSlack: [4, 16], absolute: 0.001 },
  { name: 'vorbis.mkv', container: 'matroska', codec: 'vorbis', offsetSlack: [4, 16], absolute: 0.001 },
  { name: 'opus.ogg', container: 'ogg', codec: 'opus', offsetSlack: OGG_PAGE, absolute: 1e-6 },
  { name: 'vorbis.ogg', container: 'ogg', codec: 'vorbis', offsetSlack: OGG_PAGE, absolute: 1e-6 },
  { name: 'cbr.mp3', container: 'mp3', codec: 'mp3' },
  { name: 'vbr.mp3', container: 'mp3', codec: 'mp3' },
  { name: 'mpeg2.mp3', container: 'mp3', codec: 'mp3' },
  { name: 'mpeg25.mp3', container: 'mp3', codec: 'mp3' },
  { name: 'layer2.mp2', container: 'mp3', codec: 'mp2' },
  { name: 'adts.aac', container: 'adts', codec: 'aac', headerBytes: 7, absolute: 1e-6 },
  { name: 'sample.flac', container: 'flac', codec: 'flac', absolute: 1e-6 },
  { name: 'nb.amr', container: 'amr', codec: 'amr-nb', absolute: 1e-6 },
  { name: 'wb.amr', container: 'amr', codec: 'amr-wb', absolute: 1e-6 },
];

describe('readers agree with ffprobe', () => {
  test.each(CASES)('$name', async ({ name, container, codec, offsetSlack, headerBytes = 0, absolute }) => {
    const result = await read(name);
    const probe = ffprobePackets(mediaPath(name));
    expect(result.container).toBe(container);
    expect(result.codec).toBe(codec);
    expect(result.packets.length).toBe(probe.length);
    expect(result.packets.length).toBeGreaterThan(100);
    const t0 = result.packets.time(0);
    const p0 = probe[0]!.time;
    [...result.packets].forEach((p, i) => {
      const q = probe[i]!;
      if (offsetSlack) {
        expect(p.offset - q.pos).toBeGreaterThanOrEqual(offsetSlack[0]);
        expect(p.offset - q.pos).toBeLessThanOrEqual(offsetSlack[1]);
      } else expect(p.offset - headerBytes).toBe(q.pos);
      expect(p.size + headerBytes).toBe(q.size);
      expect(Math.abs(p.time - t0 - (q.time - p0))).toBeLessThan(1e-4);
      if (absolute !== undefined) expect(Math.abs(p.time - q.time)).toBeLessThanOrEqual(absolute);
    });
    expect(result.duration).toBeGreaterThan(9.9);
    expect(result.duration).toBeLessThan(10.2);
  });
});

describe('WAV blocks', () => {
  test.each([
    ['pcm.wav', 'pcm-s16le', 4],
    ['rf64.wav', 'pcm-s16le', 4],
    ['extensible.wav', 'pcm-s24le', 6],
  ])('%s: 1024-frame blocks from the data chunk', async (name, codec, blockAlign) => {
    const result = await read(name);
    expect(result.codec).toBe(codec);
    expect(result.packets.length).toBe(Math.ceil(480000 / 1024));
    expect(result.packets.offset(1) - result.packets.offset(0)).toBe(1024 * blockAlign);
    expect(result.packets.size(result.packets.length - 1)).toBe((480000 % 1024) * blockAlign);
    expect(result.duration).toBe(10);
  });
});

describe('tracks', () => {
  test('a video file names both tracks and reads the audio one', async () => {
    const result = await read('video.webm');
    expect(result.tracks.map((t) => t.kind).sort()).toEqual(['audio', 'video']);
    const mp4 = await read('fragmented.mp4');
    expect(mp4.tracks.find((t) => t.kind === 'video')?.codec).toBe('h264');
  });
});

describe('byte→time map', () => {
  test('maps packet bytes to their time, header bytes to the first packet', async () => {
    const result = await read('cbr.mp3');
    const timeMap = createByteTimeMap(result.packets);
    const p = result.packets.get(100);
    expect(timeMap.timeAt(p.offset)).toBeCloseTo(p.time, 9);
    expect(timeMap.timeAt(p.offset + p.size / 2)).toBeCloseTo(p.time + p.duration / 2, 9);
    expect(timeMap.timeAt(0)).toBe(result.packets.time(0));
    expect(timeMap.rangeToSeconds([p.offset, result.packets.offset(200)])).toEqual([p.time, result.packets.time(200)]);
  });
});
