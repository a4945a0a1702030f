// The picture's perceptual fingerprint on synthetic frames: a moving pattern's signatures survive
// noise and a brightness change (as re-encoding makes them), flat frames are told by brightness, and
// the alignment places a blacked-out stretch, a cut and an insertion to the sampled frame.
import { describe, expect, test } from 'vitest';
import type { Edit } from '../../../shared/compare/report.ts';
import { frameSignature, type FrameSignature } from '../../../shared/video/frame-signature.ts';
import { FRAME_BYTES, VIDEO_PARAMS } from '../../../shared/video/params.ts';
import { alignPictures, frameDistance } from '../../../shared/video/picture-align.ts';

const N = VIDEO_PARAMS.size;

/** Frame k of a scene: blobs that drift with k, so every frame differs from the others. */
function frame(k: number, scene = 1, noise = 0, gain = 1): Uint8Array {
  let seed = k * 7919 + 13;
  const out = new Uint8Array(FRAME_BYTES);
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      const v = 128 + 60 * Math.sin((x + k * 0.9 * scene) / (3 + scene)) * Math.cos((y - k * 0.6) / (4 + (k % 7) * 0.3)) + 40 * Math.sin((x * y) / (40 + scene * 9) + k * 0.37);
      seed = (seed * 1103515245 + 12345) >>> 0;
      out[y * N + x] = Math.max(0, Math.min(255, Math.round(v * gain + ((seed >>> 16) % (2 * noise + 1)) - noise)));
    }
  }
  return out;
}

const black = (): FrameSignature => frameSignature(new Uint8Array(FRAME_BYTES).fill(16));
const signatures = (ks: number[], noise = 0): FrameSignature[] => ks.map((k) => frameSignature(frame(k, 1, noise, noise ? 0.95 : 1)));
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const original = signatures(range(0, 200));

describe('frame signature', () => {
  test('survives noise and a brightness change; a later frame is farther, another scene far', () => {
    const a = frameSignature(frame(40));
    const noisy = frameDistance(a, frameSignature(frame(40, 1, 6, 0.9)));
    expect(noisy).toBeLessThan(0.2);
    expect(frameDistance(a, frameSignature(frame(90)))).toBeGreaterThan(noisy);
    expect(frameDistance(a, frameSignature(frame(40, 3)))).toBeGreaterThan(0.5);
  });

  test('a flat frame is told by its brightness', () => {
    expect(black()).toMatchObject({ flat: true, high: 0, low: 0 });
    expect(frameDistance(black(), black())).toBe(0);
    expect(frameDistance(black(), frameSignature(new Uint8Array(FRAME_BYTES).fill(200)))).toBe(1);
    expect(frameDistance(black(), original[10]!)).toBe(1);
  });

  test('refuses a frame of another size', () => {
    expect(() => frameSignature(new Uint8Array(100))).toThrow('a frame is 1024 gray bytes, not 100');
  });
});

describe('picture alignment (5 frames a second)', () => {
  test('a noisy copy of every frame: same content', () => {
    expect(alignPictures(original, signatures(range(0, 200), 5))).toEqual({ verdict: 'same-content', edits: [] });
  });

  test('frames 50–85 black: replaced 10–17 s, to the frame', () => {
    const copy = [...signatures(range(0, 50), 5), ...range(50, 85).map(black), ...signatures(range(85, 200), 5)];
    expect(alignPictures(original, copy)).toEqual({ verdict: 'edited', edits: [{ kind: 'replaced', original: [10, 17], copy: [10, 17] }] });
  });

  test('frames 60–90 cut: removed 12–18 s', () => {
    const copy = signatures([...range(0, 60), ...range(90, 200)], 5);
    expect(alignPictures(original, copy).edits).toEqual<Edit[]>([{ kind: 'removed', original: [12, 18] }]);
  });

  test('another scene inserted at frame 100 for 4 s: inserted 20–24 s in the copy', () => {
    const copy = [...signatures(range(0, 100), 5), ...range(0, 20).map((k) => frameSignature(frame(k, 4))), ...signatures(range(100, 200), 5)];
    expect(alignPictures(original, copy).edits).toEqual<Edit[]>([{ kind: 'inserted', copy: [20, 24], from: null }]);
  });

  test('another scene altogether: unrelated', () => {
    expect(alignPictures(original, range(0, 200).map((k) => frameSignature(frame(k, 4)))).verdict).toBe('unrelated');
  });
});
