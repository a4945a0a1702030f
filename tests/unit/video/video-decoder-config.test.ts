// The page's VideoDecoderConfig (verifier/web/decoding/video-decoder-config.ts): WebCodecs codec strings from
// the records ffmpeg 5.1 writes (avcC and vpcC bytes taken from 64×48 test clips it made, 2026-12-07),
// an av1C laid out per the AV1 ISOBMFF binding §2.3.3, and VP9 in WebM named from its key frame.
import { describe, expect, test } from 'vitest';
import { videoDecoderConfig } from '../../../verifier/web/decoding/video-decoder-config.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g)!.map((b) => Number.parseInt(b, 16)));

describe('videoDecoderConfig', () => {
  test('H.264 in MP4: avc1.PPCCLL from the avcC record, which is the description', () => {
    const avcC = hex('0164000affe100186764000aacd9447b011000000300100000030140f122596001000668ebe3cb22c0fdf8f800');
    expect(videoDecoderConfig('mp4', 'h264', avcC)).toEqual({ hardwareAcceleration: 'no-preference', codec: 'avc1.64000a', description: avcC });
    expect(videoDecoderConfig('mp4', 'h264', undefined)).toBeNull();
  });

  test('VP9 in MP4: vp09.PP.LL.DD from vpcC; in WebM: the key frame\'s profile', () => {
    expect(videoDecoderConfig('mp4', 'vp9', hex('01000000000a820202020000'))?.codec).toBe('vp09.00.10.08');
    expect(videoDecoderConfig('webm', 'vp9', hex('0102'), Uint8Array.of(0b1000_0010))?.codec).toBe('vp09.00.10.08');
    expect(videoDecoderConfig('webm', 'vp9', undefined, Uint8Array.of(0b1001_0000))?.codec).toBe('vp09.02.10.10');
  });

  test('AV1: av01.P.LLT.DD from av1C; VP8 needs nothing; other codecs have no config', () => {
    expect(videoDecoderConfig('mp4', 'av1', hex('81080c00'))?.codec).toBe('av01.0.08M.08');
    expect(videoDecoderConfig('webm', 'av1', hex('8129c000'))?.codec).toBe('av01.1.09H.10');
    expect(videoDecoderConfig('webm', 'vp8', undefined)).toEqual({ hardwareAcceleration: 'no-preference', codec: 'vp8' });
    expect(videoDecoderConfig('mp4', 'h265', hex('01'))).toBeNull();
  });
});
