// Lossless edits of real files, found through the packet layer and reported in seconds within one
// frame: ffmpeg stream-copy trims, splices and reorders, remuxes to another container, and byte-wise
// MP3 frame surgery. Every table goes through the fingerprint section format first, as it would when
// the original is known only by its fingerprint file.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Edit } from '../../../shared/compare/report.ts';
import { comparePackets, type PacketComparison } from '../../../shared/media/packets/packet-compare.ts';
import { readPacketSection, writePacketSection } from '../../../shared/media/packets/packet-section.ts';
import type { PacketTable } from '../../../shared/media/packets/packet-table.ts';
import { cut, join, remux, splice } from '../../fixtures/media/lossless-edits.ts';
import { derive, ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { ffprobePackets } from './ffprobe-packets.ts';
import { packetTableOf } from './media-files.ts';

beforeAll(() => {
  ensureMedia();
}, 120_000);

async function viaSection(path: string): Promise<PacketTable> {
  return readPacketSection(JSON.parse(JSON.stringify(writePacketSection(await packetTableOf(path)))));
}

async function compare(original: string, copy: string): Promise<PacketComparison> {
  return comparePackets(await viaSection(original), await viaSection(copy));
}

type Expected = { kind: Edit['kind']; original?: [number, number]; copy?: [number, number]; from?: [number, number] | null };

/** Each edit's kind and ranges within `frame` seconds; a moved part may be named from either side. */
function expectEdits(result: PacketComparison, expected: Expected[], frame: number, options: { firstPacketMayDrop?: boolean } = {}): void {
  expect(result.decided).toBe(true);
  if (!result.decided) return;
  let edits = result.report.edits;
  // FFmpeg's concat demuxer drops the first packet of the first part; that is a real, one-frame edit.
  if (options.firstPacketMayDrop && edits[0]?.kind === 'removed' && edits[0].original[1] <= frame && expected[0]?.original?.[0] !== 0) {
    edits = edits.slice(1);
  }
  expect(edits.map((e) => e.kind)).toEqual(expected.map((e) => e.kind));
  const near = (actual: readonly [number, number] | null | undefined, want: [number, number] | null | undefined) => {
    if (want === undefined) return;
    if (want === null || !actual) return expect(actual).toBe(want);
    expect(Math.abs(actual[0] - want[0]), `start ${actual[0]} vs ${want[0]}`).toBeLessThanOrEqual(frame);
    expect(Math.abs(actual[1] - want[1]), `end ${actual[1]} vs ${want[1]}`).toBeLessThanOrEqual(frame);
  };
  edits.forEach((edit, i) => {
    const want = expected[i]!;
    near('original' in edit ? edit.original : undefined, want.original);
    near('copy' in edit ? edit.copy : undefined, want.copy);
    near('from' in edit ? edit.from : undefined, want.from);
  });
  expect(result.report.verdict).toBe('edited');
}

/** Adjacent parts a then b of the original appear as b then a in the copy. */
function expectMoved(result: PacketComparison, a: [number, number], b: [number, number], frame: number): void {
  expect(result.decided).toBe(true);
  if (!result.decided) return;
  const moved = result.report.edits.filter((e) => e.kind !== 'removed' || e.original[1] > frame);
  expect(moved.map((e) => e.kind)).toEqual(['moved']);
  const edit = moved[0] as Extract<Edit, { kind: 'moved' }>;
  // "a moved after b" and "b moved before a" describe the same copy: either is right.
  const lengthB = b[1] - b[0];
  const want = Math.abs(edit.original[0] - a[0]) <= frame ? { original: a, copy: [a[0] + lengthB, b[1]] } : { original: b, copy: [a[0], a[0] + lengthB] };
  edit.original.forEach((t, i) => expect(Math.abs(t - want.original[i]!)).toBeLessThanOrEqual(frame));
  edit.copy.forEach((t, i) => expect(Math.abs(t - want.copy[i]!)).toBeLessThanOrEqual(frame));
}

// One frame of each codec; WebM adds a millisecond of timestamp rounding per joined part.
const STREAM_COPY: [string, number][] = [
  ['aac.m4a', 1024 / 48000],
  ['cbr.mp3', 1152 / 48000],
  ['opus.webm', 0.0225],
  ['opus.ogg', 0.02],
];

describe('ffmpeg stream copy', () => {
  test.each(STREAM_COPY)('%s trimmed to 2–7 s: start and end removed', async (sample, frame) => {
    expectEdits(await compare(mediaPath(sample), cut(sample, 2, 7)), [
      { kind: 'removed', original: [0, 2] },
      { kind: 'removed', original: [7, 10] },
    ], frame);
  });

  test.each(STREAM_COPY)('%s with 3–6 s cut out and the rest spliced', async (sample, frame) => {
    expectEdits(await compare(mediaPath(sample), join(sample, [[0, 3], [6, null]])), [{ kind: 'removed', original: [3, 6] }], frame, { firstPacketMayDrop: true });
  });

  test.each(STREAM_COPY.filter(([s]) => !s.endsWith('.mp3')))('%s with its halves swapped: moved', async (sample, frame) => {
    expectMoved(await compare(mediaPath(sample), join(sample, [[5, null], [0, 5]])), [0, 5], [5, 10], frame);
  });
});

describe('remux to another container keeps the packets', () => {
  test.each([
    ['opus.webm', '.ogg'],
    ['opus.ogg', '.webm'],
    ['video.mp4', '.m4a'],
    ['aac.m4a', '.mkv'],
    ['adts.aac', '.m4a'],
  ])('%s → %s is the same content', async (sample, target) => {
    const result = await compare(mediaPath(sample), remux(sample, target));
    expect(result).toEqual({ decided: true, report: { verdict: 'same-content', basis: 'packets', unit: 'seconds', edits: [] } });
  });
});

describe('MP3 frame surgery (byte-wise, as mp3 frame editors do)', () => {
  const sample = mediaPath('cbr.mp3');
  const frame = 1152 / 48000;
  // Frame positions from ffprobe; times from the first audio frame, less LAME's 1105-sample delay.
  const frames = () => ffprobePackets(sample);
  const at = (k: number) => k * frame - 1105 / 48000;
  const bytes = () => readFileSync(sample);

  test('frames 100–149 cut out: removed, to the frame', async () => {
    const f = frames();
    const copy = splice(sample, 'frames-cut', f[100]!.pos, f[150]!.pos);
    expectEdits(await compare(sample, copy), [{ kind: 'removed', original: [at(100), at(150)] }], 1e-9);
  });

  test('one frame’s payload overwritten: replaced, that frame only', async () => {
    const f = frames()[200]!;
    const copy = splice(sample, 'frame-replaced', f.pos + 4, f.pos + f.size, new Uint8Array(f.size - 4).fill(0x55));
    expectEdits(await compare(sample, copy), [{ kind: 'replaced', original: [at(200), at(201)], copy: [at(200), at(201)] }], 1e-9);
  });

  test('frames 200–299 moved before 100: moved', async () => {
    const f = frames();
    const b = bytes();
    const reordered = Buffer.concat([b.subarray(0, f[100]!.pos), b.subarray(f[200]!.pos, f[300]!.pos), b.subarray(f[100]!.pos, f[200]!.pos), b.subarray(f[300]!.pos)]);
    const copy = splice(sample, 'frames-moved', 0, b.length, reordered);
    expectMoved(await compare(sample, copy), [at(100), at(200)], [at(200), at(300)], 1e-9);
  });

  test('frames 50–99 repeated after 300: inserted, from where they came', async () => {
    const f = frames();
    const b = bytes();
    const copy = splice(sample, 'frames-repeated', f[300]!.pos, f[300]!.pos, b.subarray(f[50]!.pos, f[100]!.pos));
    expectEdits(await compare(sample, copy), [{ kind: 'inserted', copy: [at(300), at(350)], from: [at(50), at(100)] }], 1e-9);
  });

  test('frames from another recording inserted: inserted from nowhere', async () => {
    const other = derive('other.mp3', ['-f', 'lavfi', '-i', 'sine=f=1000:d=2:r=48000', '-ac', '2', '-c:a', 'libmp3lame', '-b:a', '128k', '-write_xing', '0']);
    const o = ffprobePackets(other);
    const f = frames();
    const copy = splice(sample, 'frames-foreign', f[100]!.pos, f[100]!.pos, readFileSync(other).subarray(o[10]!.pos, o[30]!.pos));
    expectEdits(await compare(sample, copy), [{ kind: 'inserted', copy: [at(100), at(120)], from: null }], 1e-9);
  });
});

describe('when packets cannot decide', () => {
  test('two encodings of the same sound share no packets: the audio layer must decide', async () => {
    const result = await compare(mediaPath('cbr.mp3'), mediaPath('vbr.mp3'));
    expect(result.decided).toBe(false);
  });

  test('different codecs', async () => {
    expect(await compare(mediaPath('aac.m4a'), mediaPath('opus.webm'))).toEqual({
      decided: false,
      reason: 'different codecs (aac, opus)',
      why: { code: 'codecs-differ', original: 'aac', copy: 'opus' },
    });
  });
});
