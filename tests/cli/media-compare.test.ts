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
      expect(report.uncompared).toEqual(noPicture ? [{ track: 'picture', code: 'only-one-side', side: 'original', reason: 'only the original has this track' }] : undefined);
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
  it('an MP3 cut down to 5 s of 60 s by frame surgery: removed parts in seconds, within a frame, from the file and its fingerprint file', () => {
    const long = derive('long-60s.mp3', ['-f', 'lavfi', '-i', 'anoisesrc=d=60:c=pink:r=48000:a=0.3:seed=5', '-ac', '2', '-c:a', 'libmp3lame', '-b:a', '320k']);
    const frames = ffprobePackets(long);
    const frame = 1152 / 48000;
    const first = 1250;
    const end = first + 208; // about 5 s: a twelfth of the original's packets, all of the copy's
    const last = frames[frames.length - 1]!;
    const tailCut = splice(long, 'long-60s-tail-cut', frames[end]!.pos, last.pos + last.size);
    const copy = splice(tailCut, 'long-60s-kept', frames[0]!.pos, frames[first]!.pos);
    // The share of packets is the shorter file's, so the packets place the cuts whether the original
    // is the file or its fingerprint file (which keeps no byte offsets, so bytes could not).
    for (const original of [long, fingerprintFile(long)]) {
      const { exit, report } = compareJson(original, copy);
      expect(exit).toBe(1);
      expect(report).toMatchObject({ verdict: 'edited', basis: 'packets', unit: 'seconds' });
      const [head, tail] = removed(report.edits);
      expect(report.edits.every((e) => e.basis === 'packets')).toBe(true);
      expect(Math.abs(head![0])).toBeLessThanOrEqual(frame);
      expect(Math.abs(head![1] - (frames[first]!.time - frames[0]!.time))).toBeLessThanOrEqual(frame);
      expect(Math.abs(tail![0] - (frames[end]!.time - frames[0]!.time))).toBeLessThanOrEqual(frame);
      expect(Math.abs(tail![1] - report.original.duration!)).toBeLessThanOrEqual(frame);
    }
  });

  it('a copy that shares only silence, or a handful of forged-in frames, with the original gets no packet layout', () => {
    // Both MP3s from the same encoder and settings, so their digitally silent frames come out identical.
    const mp3 = ['-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k'];
    const noise = (seed: number, d: number): string => `anoisesrc=d=${d}:c=pink:r=48000:a=0.3:seed=${seed}`;
    const graph = `${noise(11, 10)}[a];anullsrc=r=48000:cl=mono:d=10[s];${noise(12, 10)}[b];[a][s][b]concat=n=3:v=0:a=1[out0]`;
    const original = derive('silence-between.mp3', ['-f', 'lavfi', '-i', graph, ...mp3]);
    const frames = ffprobePackets(original);
    // 300 of the original's silent frames (from 11.5 s to 18.7 s), nothing else: all packets shared, one different.
    const last = frames[frames.length - 1]!;
    const silence = splice(splice(original, 'silence-tail-cut', frames[780]!.pos, last.pos + last.size), 'silence-kept', frames[0]!.pos, frames[480]!.pos);
    // 1.5 s of unrelated noise with 20 of the original's frames (0.5 s) spliced in: a quarter of the
    // copy's packets, so only the floor of different shared packets keeps them from placing edits.
    const unrelated = derive('unrelated-1.5s.mp3', ['-f', 'lavfi', '-i', noise(99, 1.5), ...mp3]);
    const handful = readFileSync(original).subarray(frames[100]!.pos, frames[120]!.pos);
    const at = ffprobePackets(unrelated)[30]!.pos;
    const forged = splice(unrelated, 'unrelated-with-20-frames', at, at, handful);
    for (const copy of [silence, forged]) {
      for (const side of [original, fingerprintFile(original)]) {
        const { report } = compareJson(side, copy);
        expect(report.basis).not.toBe('packets');
        expect(report.edits.filter((e) => e.basis === 'packets')).toEqual([]);
        expect(report.verdict).not.toBe('same-content');
      }
    }
  });
});
