// Container features ffmpeg does not write by default, built from real packets: Matroska lacing
// (Xiph, EBML, fixed), BlockGroups and unknown sizes; MP4 with 64-bit chunk offsets (co64). Both
// are also checked against ffprobe. Then the failure paths: malformed input is a MediaError naming
// the file and offset; unknown input is not an error; caps and budgets hold.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createByteTimeMap } from '../../../shared/media/byte-time-map.ts';
import { MediaError } from '../../../shared/media/media-error.ts';
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import { readPackets } from '../../../shared/media/read-packets.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { block, ebml, float64 } from './ebml-writer.ts';
import { ffprobePackets } from './ffprobe-packets.ts';
import { readPacketsOf } from './media-files.ts';
import { memoryByteSource } from './node-byte-source.ts';

beforeAll(() => {
  ensureMedia();
}, 120_000);

function u32(b: Uint8Array, i: number): number {
  return new DataView(b.buffer, b.byteOffset).getUint32(i);
}

describe('Matroska lacing and BlockGroups', () => {
  test('every lacing kind, a BlockGroup and a second track: the audio frames, in order, at their times', async () => {
    const ogg = readFileSync(mediaPath('opus.ogg'));
    const result = await readPackets(memoryByteSource('opus.ogg', ogg));
    const frames = [...result.packets].slice(1, 11).map((p) => ogg.subarray(p.offset, p.offset + p.size));
    const f = (i: number) => frames[i]!;
    const xiph = (sizes: number[]) => sizes.flatMap((s) => [...Array<number>(Math.floor(s / 255)).fill(255), s % 255]);
    const ebmlLace = (sizes: number[]) => {
      // First size as a 2-byte vint, then one signed 2-byte difference (bias 8191).
      const first = [0x40 | (sizes[0]! >> 8), sizes[0]! & 0xff];
      const d = sizes[1]! - sizes[0]! + 8191;
      return [...first, 0x40 | (d >> 8), d & 0xff];
    };
    const file = ebml([
      [0x1a45dfa3, [[0x4282, 'matroska']]],
      [
        0x18538067,
        [
          [0x1549a966, [[0x2ad7b1, 1_000_000]]],
          [
            0x1654ae6b,
            [
              [0xae, [[0xd7, 2], [0x83, 1], [0x86, 'V_VP8']]],
              [0xae, [[0xd7, 1], [0x83, 2], [0x86, 'A_OPUS'], [0xe1, [[0xb5, float64(48000)], [0x9f, 2]]]]],
            ],
          ],
          [
            0x1f43b675,
            [
              [0xe7, 0],
              [0xa3, block(1, 0, 0x80 | 0x02, [2, ...xiph([f(0).length, f(1).length])], [f(0), f(1), f(2)])],
              [0xa3, block(2, 0, 0x80, [], [new Uint8Array(300).fill(0xff)])],
              [0xa0, [[0xa1, block(1, 60, 0x06, [2, ...ebmlLace([f(3).length, f(4).length])], [f(3), f(4), f(5)])], [0x9b, 60]]],
              [0xa3, block(1, 120, 0x80 | 0x04, [2], [f(6), f(6), f(6)])],
            ],
            true,
          ],
          [0x1f43b675, [[0xe7, 180], [0xa3, block(1, 0, 0x80, [], [f(9)])]], true],
        ],
        true,
      ],
    ]);
    const path = mediaPath('laced.mkv');
    writeFileSync(path, file);
    const mkv = await readPacketsOf(path);
    expect(mkv.container).toBe('matroska');
    expect(mkv.tracks).toEqual([
      { id: 2, kind: 'video', codec: 'vp8' },
      { id: 1, kind: 'audio', codec: 'opus' },
    ]);
    const want = [0, 1, 2, 3, 4, 5, 6, 6, 6, 9].map((i) => Array.from(f(i)));
    expect([...mkv.packets].map((p) => Array.from(file.subarray(p.offset, p.offset + p.size)))).toEqual(want);
    expect([...mkv.packets].map((p) => Math.round(p.time * 1000))).toEqual([0, 20, 40, 60, 80, 100, 120, 140, 160, 180]);
    const probe = ffprobePackets(path);
    expect(probe.map((p) => p.size)).toEqual([...mkv.packets].map((p) => p.size));
  });
});

/** A version-0 full box of 32-bit words. */
function fullBox(type: string, words: number[]): Uint8Array {
  const out = new Uint8Array(12 + words.length * 4);
  const view = new DataView(out.buffer);
  view.setUint32(0, out.length);
  out.set(new TextEncoder().encode(type), 4);
  words.forEach((w, i) => view.setUint32(12 + i * 4, w));
  return out;
}

/** A copy of aac.m4a (its moov sits after mdat, so no data moves) with sample-table boxes replaced. */
function withMoovBoxes(replace: (type: string, box: Uint8Array) => Uint8Array): Uint8Array {
  const m4a = readFileSync(mediaPath('aac.m4a'));
  let at = 0;
  while (String.fromCharCode(...m4a.subarray(at + 4, at + 8)) !== 'moov') at += u32(m4a, at);
  const rebuild = (box: Uint8Array): Uint8Array => {
    const type = String.fromCharCode(...box.subarray(4, 8));
    if (!['moov', 'trak', 'mdia', 'minf', 'stbl'].includes(type)) return replace(type, box);
    const children: Uint8Array[] = [];
    for (let c = 8; c < box.length; c += u32(box, c)) children.push(rebuild(box.subarray(c, c + u32(box, c))));
    const out = Buffer.concat([box.subarray(0, 8), ...children]);
    new DataView(out.buffer, out.byteOffset).setUint32(0, out.length);
    return out;
  };
  const moov = m4a.subarray(at, at + u32(m4a, at));
  return Buffer.concat([m4a.subarray(0, at), rebuild(moov), m4a.subarray(at + moov.length)]);
}

describe('MP4 with 64-bit chunk offsets', () => {
  test('co64 gives the same packets as stco', async () => {
    const path = mediaPath('co64.m4a');
    const offsets = (stco: Uint8Array) => Array.from({ length: u32(stco, 12) }, (_, i) => u32(stco, 16 + 4 * i));
    writeFileSync(path, withMoovBoxes((type, box) => (type === 'stco' ? fullBox('co64', [offsets(box).length, ...offsets(box).flatMap((o) => [0, o])]) : box)));
    expect([readFileSync(path).includes('co64'), readFileSync(path).includes('stco')]).toEqual([true, false]);
    const [plain, wide] = [await readPacketsOf(mediaPath('aac.m4a')), await readPacketsOf(path)];
    expect([...wide.packets]).toEqual([...plain.packets]);
    expect(ffprobePackets(path).map((p) => p.pos)).toEqual([...wide.packets].map((p) => p.offset));
  });
});

describe('bad, unknown and huge input', () => {
  const ogg = () => new Uint8Array(readFileSync(mediaPath('opus.ogg')));

  test('a damaged Ogg page is skipped to the next valid page, and listed', async () => {
    const bytes = ogg();
    const whole = await readPackets(memoryByteSource('a.ogg', bytes));
    const pageAt = bytes.indexOf(0x4f, whole.packets.offset(200) - 300);
    bytes[whole.packets.offset(200)]! ^= 0x40;
    const damaged = await readPackets(memoryByteSource('damaged.ogg', bytes));
    expect(damaged.skipped).toHaveLength(1);
    expect(damaged.skipped![0]!.offset).toBeLessThanOrEqual(whole.packets.offset(200));
    expect(damaged.skipped![0]!.offset).toBeGreaterThanOrEqual(pageAt);
    expect(damaged.packets.length).toBeLessThan(whole.packets.length);
    expect(damaged.packets.length).toBeGreaterThan(whole.packets.length - 60);
  });

  test('a file cut mid-page keeps the whole pages and says where it ends', async () => {
    const cut = await readPackets(memoryByteSource('cut.ogg', ogg().subarray(0, 50_000)));
    expect(cut.endsEarly).toMatchObject({ reason: 'the last Ogg page is cut short' });
    expect(cut.endsEarly!.offset).toBeLessThan(50_000);
    expect(cut.packets.length).toBeGreaterThan(50);
    expect(cut.endsEarly!.time).toBeCloseTo(cut.packets.time(cut.packets.length - 1) + cut.packets.duration(cut.packets.length - 1), 6);
  });

  test('MP4 without moov: MediaError; WAV cut short: the samples that are there', async () => {
    const ftyp = Uint8Array.from([0, 0, 0, 16, ...new TextEncoder().encode('ftypisom'), 0, 0, 0, 0]);
    await expect(readPackets(memoryByteSource('x.mp4', ftyp))).rejects.toThrow(/^x\.mp4: no moov box \(the index of the samples/);
    const whole = readFileSync(mediaPath('pcm.wav'));
    const dataOffset = whole.indexOf('data') + 8;
    const short = await readPackets(memoryByteSource('short.wav', new Uint8Array(whole.subarray(0, 10_000))));
    expect(short.endsEarly?.reason).toBe(`the WAV header promises ${whole.length - 10_000} more bytes of audio than the file holds`);
    // Stereo 16-bit at 48 kHz: 4 bytes a frame.
    expect(short.duration).toBeCloseTo(Math.floor((10_000 - dataOffset) / 4) / 48000, 9);
  });

  test('unknown bytes: container "unknown", no packets, no error', async () => {
    const result = await readPackets(memoryByteSource('notes.txt', new TextEncoder().encode('not a recording at all')));
    expect(result).toMatchObject({ container: 'unknown', codec: null, duration: 0 });
    expect(result.packets).toHaveLength(0);
    expect(createByteTimeMap(result.packets).timeAt(5)).toBeNull();
    const layer = await packetLayer(memoryByteSource('notes.txt', new TextEncoder().encode('not a recording at all')));
    expect([layer.table, layer.section]).toEqual([null, null]);
  });

  test('the packet cap stops the reader and says so', async () => {
    const result = await readPackets(memoryByteSource('a.ogg', ogg()), { packetCap: 100 });
    expect(result.packets).toHaveLength(100);
    expect(result.truncated).toBe(true);
  });

  test('a sample table whose samples overlap (more bytes than the file) is refused before hashing', async () => {
    // Three chunks of 157 samples of 400 bytes, all at the same offset: each fits, together they
    // claim half as much again as the file has.
    const m4a = withMoovBoxes((type, box) => {
      if (type === 'stco') return fullBox('stco', [3, u32(box, 16), u32(box, 16), u32(box, 16)]);
      if (type === 'stsc') return fullBox('stsc', [1, 1, 157, 1]);
      return type === 'stsz' ? fullBox('stsz', [400, 470]) : box;
    });
    await expect(readPackets(memoryByteSource('overlap.m4a', m4a))).rejects.toThrow(/^overlap\.m4a: the packet table claims more than the \d+ bytes the file holds \(packets overlap\) at byte \d+$/);
  });

  test('the step budget stops a reader that would loop too long', async () => {
    await expect(readPackets(memoryByteSource('a.ogg', ogg()), { steps: 10 })).rejects.toThrow('a.ogg: the file makes the reader loop too long');
  });
});
