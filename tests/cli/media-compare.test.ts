// The built CLI on compressed media made by ffmpeg: lossless edits (stream-copy cuts, remuxes) are
// found through the packet layer, to the frame, in seconds, from the file or from its fingerprint
// file; where packets cannot decide, byte findings are still placed in seconds.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Edit, Range } from '../../shared/compare/report.ts';
import { cut, remux, splice } from '../fixtures/media/lossless-edits.ts';
import { derive, ensureMedia, mediaPath } from '../fixtures/media/make-media.ts';
import { ffprobePackets } from '../unit/media/ffprobe-packets.ts';
import { compareJson, fingerprintFile, runCli } from './run-cli.ts';

beforeAll(() => {
  ensureMedia();
}, 180_000);

function expectNear(actual: Range, want: [number, number], frame: number): void {
  expect(Math.abs(actual[0] - want[0]), `start ${actual[0]} vs ${want[0]}`).toBeLessThanOrEqual(frame);
  expect(Math.abs(actual[1] - want[1]), `end ${actual[1]} vs ${want[1]}`).toBeLessThanOrEqual(frame);
}

function removed(edits: Edit[]): Range[] {
  expect(edits.map((e) => e.kind)).toEqual(edits.map(() => 'removed'));
  return edits.map((e) => (e as Extract<Edit, { kind: 'removed' }>).original);
}

// One frame of each codec.
const SAMPLES: [string, string, number][] = [
  ['aac.m4a', 'mp4', 1024 / 48000],
  ['cbr.mp3', 'mp3', 1152 / 48000],
  ['opus.webm', 'webm', 0.02],
  ['opus.ogg', 'ogg', 0.02],
];

describe('opnamepact compare: stream-copy cuts (ffmpeg -c copy, 2–7 s kept of 10 s)', () => {
  it.each(SAMPLES)('%s: edited, basis packets, start and end removed within one frame', (sample, container, frame) => {
    const { exit, report } = compareJson(mediaPath(sample), cut(sample, 2, 7));
    expect(exit).toBe(1);
    expect(report).toMatchObject({ verdict: 'edited', basis: 'packets', unit: 'seconds' });
    const [head, tail] = removed(report.edits);
    expectNear(head!, [0, 2], frame);
    expectNear(tail!, [7, 10], frame);
    expect(report.original).toMatchObject({ container });
    expect(report.copy).toMatchObject({ container });
    expect(report.original.duration).toBeCloseTo(10, 1);
    expect(Math.abs(report.copy.duration! - 5)).toBeLessThanOrEqual(2 * frame);
  });

  it.each(SAMPLES)('%s: the same edits from the original’s fingerprint file', (sample, _container, frame) => {
    const fromFile = compareJson(mediaPath(sample), cut(sample, 2, 7)).report;
    const { exit, report } = compareJson(fingerprintFile(mediaPath(sample)), cut(sample, 2, 7));
    expect(exit).toBe(1);
    expect(report).toMatchObject({ verdict: 'edited', basis: 'packets', unit: 'seconds' });
    expect(report.edits).toEqual(fromFile.edits);
    expect(report.original).toEqual(fromFile.original);
    expect(removed(report.edits)).toHaveLength(2);
    expectNear(removed(report.edits)[0]!, [0, 2], frame);
  });

  it('prints the removed parts as mm:ss.s', () => {
    const r = runCli(['compare', mediaPath('opus.ogg'), cut('opus.ogg', 2, 7), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^EDITED/);
    expect(r.stdout).toMatch(/removed: 00:00\.0–00:02\.0 of the original/);
    expect(r.stdout).toMatch(/removed: 00:07\.0–00:10\.0 of the original/);
  });
});

describe('opnamepact compare: remuxes keep the packets', () => {
  it.each([
    ['opus.webm', '.ogg', 'webm', 'ogg'],
    ['video.mp4', '.m4a', 'mp4', 'mp4'],
  ])('%s → %s: same-content, basis packets, also from a fingerprint file', (sample, target, from, to) => {
    const copy = remux(sample, target);
    for (const original of [mediaPath(sample), fingerprintFile(mediaPath(sample))]) {
      const { exit, report } = compareJson(original, copy);
      expect(report).toMatchObject({ verdict: 'same-content', basis: 'packets', unit: 'seconds', edits: [] });
      expect(report.original.container).toBe(from);
      expect(report.copy.container).toBe(to);
      expect(report.copy.duration).toBeCloseTo(report.original.duration!, 1);
      // The picture was left out of the .m4a: it is named, and the sound's sameness is not the file's.
      const noPicture = sample === 'video.mp4';
      expect(report.uncompared).toEqual(noPicture ? [{ track: 'picture', reason: 'only the original has this track' }] : undefined);
      expect(exit).toBe(noPicture ? 1 : 0);
    }
  });
});

describe('opnamepact fingerprint on media', () => {
  it('writes the packets section and the container and duration', () => {
    const fp = JSON.parse(readFileSync(fingerprintFile(mediaPath('opus.webm')), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(fp.file).toMatchObject({ container: 'webm', wav: null });
    expect(fp.file!.duration as number).toBeCloseTo(10, 1);
    expect(fp.packets).toMatchObject({ container: 'webm', codec: 'opus', hash: 'sha256-64', truncated: false });
    expect(fp.packets!.count as number).toBeGreaterThan(400);
  });

  it('refuses a fingerprint file whose packets section is damaged, naming the file', () => {
    const path = fingerprintFile(mediaPath('opus.ogg'));
    const fp = JSON.parse(readFileSync(path, 'utf8')) as { packets: { count: number } };
    fp.packets.count += 1;
    const damaged = splice(path, 'damaged-packets.fingerprint', 0, readFileSync(path).length, new TextEncoder().encode(JSON.stringify(fp)));
    const r = runCli(['compare', damaged, mediaPath('opus.ogg')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/damaged-packets\.fingerprint\.json: .*"packets" section/);
  });
});

describe('opnamepact compare: byte findings in seconds when packets cannot decide', () => {
  it('an MP3 cut down to 5 s of 60 s by frame surgery: removed parts in seconds, within a frame', () => {
    const long = derive('long-60s.mp3', ['-f', 'lavfi', '-i', 'anoisesrc=d=60:c=pink:r=48000:a=0.3:seed=5', '-ac', '2', '-c:a', 'libmp3lame', '-b:a', '320k']);
    const frames = ffprobePackets(long);
    const frame = 1152 / 48000;
    const first = 1250;
    const end = first + 208; // about 5 s: fewer than a fifth of the packets are shared, so packets decline
    const last = frames[frames.length - 1]!;
    const tailCut = splice(long, 'long-60s-tail-cut', frames[end]!.pos, last.pos + last.size);
    const copy = splice(tailCut, 'long-60s-kept', frames[0]!.pos, frames[first]!.pos);
    // From the file, bytes placed through the byte→time map: within a frame. From the fingerprint
    // file, which keeps no byte offsets of packets, the bytes give no times: the sound places the
    // cuts, to its resolution.
    for (const [original, basis, tolerance] of [
      [long, 'bytes', frame],
      [fingerprintFile(long), 'audio', 0.3],
    ] as const) {
      const { exit, report } = compareJson(original, copy);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', basis, unit: 'seconds' });
      const [head, tail] = removed(report.edits);
      expect(Math.abs(head![0])).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(head![1] - (frames[first]!.time - frames[0]!.time))).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(tail![0] - (frames[end]!.time - frames[0]!.time))).toBeLessThanOrEqual(tolerance);
      expect(Math.abs(tail![1] - report.original.duration!)).toBeLessThanOrEqual(tolerance);
    }
  });
});
