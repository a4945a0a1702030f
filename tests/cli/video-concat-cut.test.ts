// A lossless cut made as LosslessCut makes it (issue 14): two stream-copied pieces of the original
// joined by ffmpeg's concat demuxer, which puts the SPS/PPS in-band in front of every key frame. The
// built CLI hashes an H.264 picture by its NAL units, so the copy is one removed stretch 6–10 s in
// the picture and both sounds, not an edit at every key frame; from the original's fingerprint file
// too, and from an older one whose picture packets were hashed whole (the picture's look decides).
// A copy that crops the picture by rewriting only its SPS keeps every coded picture and is still
// the whole picture replaced.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareReport, Edit } from '../../shared/compare/report.ts';
import { packetLayer } from '../../shared/media/packets/packet-layer.ts';
import { writePacketSection } from '../../shared/media/packets/packet-section.ts';
import { ensureVideos, videoPath } from '../fixtures/video/make-video.ts';
import { fileByteSource } from '../unit/media/node-byte-source.ts';
import { compareJson, runCli } from './run-cli.ts';

let dir: string;
let fingerprint: string;

beforeAll(() => {
  ensureVideos();
  dir = mkdtempSync(join(tmpdir(), 'opnamepact-concat-'));
  fingerprint = join(dir, 'original.mp4.fingerprint.json');
  const r = runCli(['fingerprint', videoPath('original.mp4'), '-o', fingerprint]);
  expect(r.stderr).toBe('');
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The one edit, removed 6–10 s in every track. The edit is the tracks' merged: its ends are the
 * sound's AAC frames (21 ms) nearest the picture's key frames at 6.0 and 10.0 s, so within a frame
 * (40 ms); the picture's own ends are the key frames exactly (tests/unit/media/avc-picture-units.test.ts).
 */
function expectOneCut(report: CompareReport): void {
  expect(report.verdict).toBe('edited');
  expect(report.edits).toHaveLength(1);
  const edit = report.edits[0] as Extract<Edit, { kind: 'removed' }>;
  expect(edit).toMatchObject({ kind: 'removed', basis: 'packets', resolution: 0 });
  expect([...edit.tracks!].sort()).toEqual(['picture', 'sound', 'sound 2']);
  expect(Math.abs(edit.original[0] - 6)).toBeLessThanOrEqual(0.04);
  expect(Math.abs(edit.original[1] - 10)).toBeLessThanOrEqual(0.04);
  expect(report.uncompared).toBeUndefined();
}

describe('opnamepact compare: a lossless cut joined from stream-copied pieces', () => {
  it.each(['concat-cut-6-10.mp4', 'concat-cut-6-10.mkv'])('%s: edited, one removed 6–10 s in the picture and both sounds, nothing else', (copy) => {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath(copy));
    expect(exit).toBe(1);
    expectOneCut(report);
    expect(report.basis).toBe('packets');
  });

  it('the same from the original’s fingerprint file, whose picture is hashed by its NAL units', () => {
    const tracks = (JSON.parse(readFileSync(fingerprint, 'utf8')) as { tracks: { label: string; packets: { hash: string } }[] }).tracks;
    expect(tracks.map((t) => [t.label, t.packets.hash])).toEqual([
      ['picture', 'sha256-64-vcl'],
      ['sound 2', 'sha256-64'],
    ]);
    const { exit, report } = compareJson(fingerprint, videoPath('concat-cut-6-10.mp4'));
    expect(exit).toBe(1);
    expectOneCut(report);
  });

  it('an older fingerprint file, its picture packets hashed whole: the picture compared by its look, the same one cut', async () => {
    const old = JSON.parse(readFileSync(fingerprint, 'utf8')) as { tracks: { label: string; id: number; packets: unknown }[] };
    const picture = old.tracks.find((t) => t.label === 'picture')!;
    // What the version before wrote: the picture's packets hashed whole.
    const { table } = await packetLayer(fileByteSource(videoPath('original.mp4')), undefined, { track: picture.id });
    picture.packets = writePacketSection(table!);
    expect(picture.packets).toMatchObject({ hash: 'sha256-64' });
    const path = join(dir, 'original.mp4.older-picture.json');
    writeFileSync(path, JSON.stringify(old));
    const { exit, report } = compareJson(path, videoPath('concat-cut-6-10.mp4'));
    expect(exit).toBe(1);
    expect(report.verdict).toBe('edited');
    expect(report.uncompared).toBeUndefined();
    expect(report.compared).toContainEqual({ track: 'picture', basis: 'picture' });
    // The picture's look (0.2 s apart) finds the same cut as the sounds' packets: one edit in all three.
    expect(report.edits).toHaveLength(1);
    const edit = report.edits[0] as Extract<Edit, { kind: 'removed' }>;
    expect(edit.kind).toBe('removed');
    expect([...edit.tracks!].sort()).toEqual(['picture', 'sound', 'sound 2']);
    expect(Math.abs(edit.original[0] - 6)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(edit.original[1] - 10)).toBeLessThanOrEqual(0.5);
  });

  it('a copy cropped by rewriting only its SPS (h264_metadata crop_left=16): the whole picture replaced, the sounds the same', () => {
    const { exit, report } = compareJson(videoPath('original.mp4'), videoPath('sps-cropped.mp4'));
    expect(exit).toBe(1);
    expect(report.verdict).toBe('edited');
    expect(report.edits).toEqual([{ kind: 'replaced', original: [0, 20], copy: [0, 20], basis: 'packets', resolution: 0, tracks: ['picture'] }]);
    expect(report.uncompared).toBeUndefined();
    const text = runCli(['compare', fingerprint, videoPath('sps-cropped.mp4'), '--lang', 'en']);
    expect(text.stdout).toContain('1. replaced: 00:00.0–00:20.0 of the original was replaced by 00:00.0–00:20.0 in the copy (picture) [packets, exact]');
  });
});
