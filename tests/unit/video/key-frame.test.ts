// Key frames told from the coded bytes (shared/video/key-frame.ts): H.264 IDR slices behind NAL length
// prefixes (after SEI and parameter sets), VP8's frame tag, VP9's uncompressed header (profiles 0–3),
// AV1's frame header OBU. The bit layouts are those of each codec's specification.
import { describe, expect, test } from 'vitest';
import { isKeyFrame } from '../../../shared/video/key-frame.ts';

const nal = (type: number, size = 3, lengthSize = 4): number[] => [...Array(lengthSize - 1).fill(0), size, type, ...Array(size - 1).fill(0xaa)];

describe('isKeyFrame', () => {
  test('H.264: an IDR slice after SEI/SPS/PPS is key, a non-IDR slice is not; 2-byte lengths too', () => {
    expect(isKeyFrame('h264', Uint8Array.from([...nal(0x06), ...nal(0x67), ...nal(0x68), ...nal(0x65, 5)]))).toBe(true);
    expect(isKeyFrame('h264', Uint8Array.from([...nal(0x06), ...nal(0x41, 9)]))).toBe(false);
    expect(isKeyFrame('h264', Uint8Array.from([...nal(0x09, 2, 2), ...nal(0x25, 4, 2)]), 2)).toBe(true);
  });

  test('VP8: bit 0 of the frame tag is 0 for a key frame', () => {
    expect(isKeyFrame('vp8', Uint8Array.of(0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a))).toBe(true);
    expect(isKeyFrame('vp8', Uint8Array.of(0x11, 0x02, 0x00))).toBe(false);
  });

  test('VP9: frame_type after the marker, profile and show_existing_frame', () => {
    // 10 0 0 0 0 …: profile 0, shown, key.
    expect(isKeyFrame('vp9', Uint8Array.of(0b1000_0000))).toBe(true);
    // 10 0 0 0 1: profile 0, inter frame.
    expect(isKeyFrame('vp9', Uint8Array.of(0b1000_0100))).toBe(false);
    // 10 1 1 0(reserved) 0 0: profile 3, key.
    expect(isKeyFrame('vp9', Uint8Array.of(0b1011_0000))).toBe(true);
    // show_existing_frame set: not a key frame.
    expect(isKeyFrame('vp9', Uint8Array.of(0b1000_1000))).toBe(false);
    expect(isKeyFrame('vp9', Uint8Array.of(0x00))).toBe(false);
  });

  test('AV1: a temporal delimiter, then a frame OBU whose header says KEY_FRAME', () => {
    const delimiter = [0x12, 0x00];
    expect(isKeyFrame('av1', Uint8Array.of(...delimiter, 0x32, 0x02, 0b0001_0000, 0xff))).toBe(true);
    // frame_type 1 (inter): bits 0 01.
    expect(isKeyFrame('av1', Uint8Array.of(...delimiter, 0x32, 0x02, 0b0010_0000, 0xff))).toBe(false);
  });

  test('an unknown codec is never called key', () => {
    expect(isKeyFrame('h265', Uint8Array.of(0x26, 0x01))).toBe(false);
  });
});
