// Which decoded frames the picture's fingerprint samples, and how often each: as ffmpeg's fps filter
// (the CLI's `fps=5`) does it. A frame shown at t seconds falls on output slot round(t × fps) (halves
// away from zero); output n shows the latest frame whose slot is at most n, from the first frame's
// slot up to the slot of the picture's end. A frame that a later one overtakes within its slot is
// never shown, one that lasts several slots is shown in each.
import { VIDEO_PARAMS } from './params.ts';

const slot = (seconds: number): number => Math.sign(seconds) * Math.round(Math.abs(seconds) * VIDEO_PARAMS.fps);

/**
 * @param times presentation times of the frames, in seconds, ascending
 * @param end where the picture ends (the last frame's time plus its duration)
 * @returns for each frame, the number of sampled outputs it fills (0 for most)
 */
export function sampleCounts(times: ArrayLike<number>, end: number): Uint32Array {
  const counts = new Uint32Array(times.length);
  if (times.length === 0) return counts;
  let next = slot(times[0]!);
  for (let i = 0; i < times.length; i++) {
    if (i > 0 && times[i]! < times[i - 1]!) throw new RangeError(`frame times are not ascending at frame ${i}`);
    const until = i + 1 < times.length ? slot(times[i + 1]!) : slot(end);
    if (until > next) {
      counts[i] = until - next;
      next = until;
    }
  }
  return counts;
}
