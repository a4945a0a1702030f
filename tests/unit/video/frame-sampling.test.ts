// Which frames the picture's fingerprint samples (shared/video/frame-sampling.ts), as ffmpeg's fps=5
// filter does: 25 frames a second give every fifth frame, the one whose time rounds onto the output
// slot last; a frame rate below 5 repeats frames; the count ends at the picture's end.
import { describe, expect, test } from 'vitest';
import { sampleCounts } from '../../../shared/video/frame-sampling.ts';

const at = (fps: number, n: number, from = 0): number[] => Array.from({ length: n }, (_, i) => from + i / fps);

describe('sampleCounts', () => {
  test('25 fps for 20 s: 100 outputs, output n shows the frame at 0.04 × (5n + 2)', () => {
    const counts = sampleCounts(at(25, 500), 20);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100);
    const kept = [...counts.keys()].filter((i) => counts[i]! > 0);
    expect(kept.slice(0, 3)).toEqual([2, 7, 12]);
    expect([...new Set(kept.map((i) => counts[i]))]).toEqual([1]);
  });

  test('2 fps: each frame fills the slots until the next one', () => {
    // Frames at 0, 0.5, 1.0, 1.5 → slots 0, 3 (2.5 rounds away from zero), 5, 8; end 2.0 → slot 10.
    expect([...sampleCounts(at(2, 4), 2)]).toEqual([3, 2, 3, 2]);
  });

  test('a picture that starts late starts at its first frame slot', () => {
    const counts = sampleCounts(at(25, 50, 10), 12);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
  });

  test('a single frame of 0.2 s fills one output; no frames, none', () => {
    expect([...sampleCounts([3], 3.2)]).toEqual([1]);
    expect([...sampleCounts([], 0)]).toEqual([]);
  });

  test('times out of order are a clear error', () => {
    expect(() => sampleCounts([0, 0.2, 0.1], 1)).toThrow(/not ascending at frame 2/);
  });
});
