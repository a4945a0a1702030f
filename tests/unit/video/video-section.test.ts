// The fingerprint file's video section: frame signatures survive the round trip exactly, an hour
// stays small, and anything doctored is refused with a message naming the field.
import { describe, expect, test } from 'vitest';
import type { FrameSignature } from '../../../shared/video/frame-signature.ts';
import { MAX_VIDEO_FRAMES, readVideoSection, writeVideoSection } from '../../../shared/video/video-section.ts';

const frames: FrameSignature[] = Array.from({ length: 13 }, (_, k) =>
  k % 5 === 4 ? { high: 0, low: 0, mean: 16, flat: true } : { high: (k * 2654435761) >>> 0, low: (k * 40503 + 7) >>> 0, mean: 100 + k, flat: false },
);

const section = (): Record<string, unknown> => JSON.parse(JSON.stringify(writeVideoSection(frames))) as Record<string, unknown>;

describe('video section', () => {
  test('round-trips exactly, flat frames too', () => {
    expect(readVideoSection(section())).toEqual(frames);
  });

  test('an hour at 5 frames a second is about 220 KB of base64', () => {
    const hour = writeVideoSection(Array.from({ length: 18_000 }, () => frames[0]!));
    expect(hour.hashes.length + hour.means.length + hour.flat.length).toBe(192_000 + 24_000 + 3_000);
  });

  test.each<[string, (s: Record<string, unknown>) => void, string]>([
    ['another rate', (s) => (s.fps = 10), 'video.fps: is not 5'],
    ['another size', (s) => (s.size = 16), 'video.size: is not 32'],
    ['another hash', (s) => (s.hash = 'md5'), 'video.hash: is not "dct-64"'],
    ['too many frames', (s) => (s.count = MAX_VIDEO_FRAMES + 1), `video.count: is not an integer from 0 to ${MAX_VIDEO_FRAMES}`],
    ['hashes of another length', (s) => (s.count = 14), 'video.hashes: is not 112 bytes of base64'],
    ['a flat frame with a hash', (s) => (s.flat = 'AQA='), 'video.flat: frame 0 is flat but has a hash'],
  ])('refuses %s', (_name, doctor, message) => {
    const s = section();
    doctor(s);
    expect(() => readVideoSection(s)).toThrow(message);
  });
});
