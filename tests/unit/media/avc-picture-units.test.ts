// The H.264 picture hash on real packets: the first key frame of the original (8616 bytes) and of
// the concat-joined lossless cut (8650: the SPS and PPS in-band in front) hash the same by their
// NAL units and differ whole; the copy whose SPS alone was rewritten to crop keeps every packet's
// hash and differs in its parameter sets' digest; a packet whose lengths do not parse is hashed
// whole and never throws; the picture's own packets place the cut at the key frames 6.0 and 10.0 s.
import { readFileSync } from 'node:fs';
import type { Edit } from '../../../shared/compare/report.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { avcConfig, avcPictureHash, nalLengthsParse, PICTURE_HASH_NAME } from '../../../shared/media/packets/avc-picture-units.ts';
import { comparePackets } from '../../../shared/media/packets/packet-compare.ts';
import { PACKET_HASH_BYTES, portableSha256 } from '../../../shared/media/packets/packet-hash.ts';
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import { readPacketSection, writePacketSection } from '../../../shared/media/packets/packet-section.ts';
import { parameterSetsEdit } from '../../../shared/media/packets/parameter-sets-compare.ts';
import type { PacketTable } from '../../../shared/media/packets/packet-table.ts';
import { readPackets } from '../../../shared/media/read-packets.ts';
import { ensureVideos, videoPath } from '../../fixtures/video/make-video.ts';
import { memoryByteSource } from './node-byte-source.ts';

/** The picture track's avcC and first packet (a key frame), read as the comparison reads them. */
async function firstPicture(name: string): Promise<{ avcC: Uint8Array; key: Uint8Array }> {
  const bytes = new Uint8Array(readFileSync(videoPath(name)));
  const source = memoryByteSource(name, bytes);
  const { tracks } = await readPackets(source);
  const picture = tracks.find((t) => t.kind === 'video')!;
  const read = await readPackets(source, { track: picture.id });
  const offset = read.packets.offset(0);
  return { avcC: read.decoderConfig!, key: bytes.subarray(offset, offset + read.packets.size(0)) };
}

function once(hash: { once(bytes: Uint8Array, out: Uint8Array, at: number): void }, bytes: Uint8Array): string {
  const out = new Uint8Array(PACKET_HASH_BYTES);
  hash.once(bytes, out, 0);
  return Buffer.from(out).toString('hex');
}

/** The same packet fed to the streaming hash in pieces of `piece` bytes. */
function streamed(hash: ReturnType<typeof avcPictureHash> & object, bytes: Uint8Array, piece: number): string {
  const state = hash.hash.create();
  for (let at = 0; at < bytes.length; at += piece) state.update(bytes.subarray(at, at + piece));
  return Buffer.from(state.digest().subarray(0, PACKET_HASH_BYTES)).toString('hex');
}

async function pictureTable(name: string): Promise<PacketTable> {
  const layer = await packetLayer(memoryByteSource(name, new Uint8Array(readFileSync(videoPath(name)))), undefined, { everyTrack: true });
  return layer.tracks!.find((t) => t.label === 'picture')!.table!;
}

beforeAll(() => {
  ensureVideos();
}, 180_000);

describe('H.264 pictures hashed by their NAL units', () => {
  test('the concat-joined key frame carries the parameter sets in-band, and hashes as the original', async () => {
    const original = await firstPicture('original.mp4');
    const joined = await firstPicture('concat-cut-6-10.mp4');
    expect([original.key.length, joined.key.length]).toEqual([8616, 8650]);
    expect(avcConfig(original.avcC)).toMatchObject({ lengthSize: 4 });
    const hash = avcPictureHash(portableSha256, original.avcC)!;
    expect(once(portableSha256, original.key)).not.toBe(once(portableSha256, joined.key));
    expect(once(hash.hash, joined.key)).toBe(once(hash.hash, original.key));
    for (const piece of [1, 3, 7, 1000]) expect(streamed(hash, joined.key, piece), `pieces of ${piece}`).toBe(once(hash.hash, original.key));
  });

  test('a packet whose lengths do not parse is hashed whole, the same in pieces, and never throws', async () => {
    const { avcC, key } = await firstPicture('original.mp4');
    const hash = avcPictureHash(portableSha256, avcC)!;
    const cut = key.subarray(0, key.length - 5);
    expect(nalLengthsParse(key, 4)).toBe(true);
    expect(nalLengthsParse(cut, 4)).toBe(false);
    expect(nalLengthsParse(new Uint8Array([0, 0, 0, 0]), 4)).toBe(false);
    expect(once(hash.hash, cut)).not.toBe(once(hash.hash, key));
    for (const piece of [1, 5, 4096]) expect(streamed(hash, cut, piece)).toBe(once(hash.hash, cut));
    expect(once(hash.hash, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x65]))).toHaveLength(16);
  });

  test('in one call or in pieces, with lengths of 1, 2 and 4 bytes, the same units count: delimiters dropped, known parameter sets left out, the rest kept', () => {
    const sps = [0x67, 0x42, 0xc0, 0x1e, 0xd9];
    const pps = [0x68, 0xce, 0x3c, 0x80];
    for (const lengthSize of [1, 2, 4]) {
      const avcC = new Uint8Array([1, 0x42, 0xc0, 0x1e, 0xfc | (lengthSize - 1), 0xe1, 0, sps.length, ...sps, 1, 0, pps.length, ...pps]);
      const hash = avcPictureHash(portableSha256, avcC)!;
      const unit = (bytes: number[]) => [...Array.from({ length: lengthSize }, (_, k) => (bytes.length >>> (8 * (lengthSize - 1 - k))) & 0xff), ...bytes];
      const slice = Array.from({ length: 200 }, (_, i) => (i * 7) & 0xff);
      const packet = (...units: number[][]) => new Uint8Array(units.flatMap(unit));
      const plain = packet([0x65, ...slice]);
      const withKnown = packet([0x09, 0xf0], sps, pps, [0x65, ...slice]);
      const withOther = packet([0x09, 0xf0], [0x67, 0x42, 0xc0, 0x1f, 0xd9], [0x65, ...slice]);
      expect(once(hash.hash, withKnown), `length size ${lengthSize}`).toBe(once(hash.hash, plain));
      expect(once(hash.hash, withOther)).not.toBe(once(hash.hash, plain));
      for (const bytes of [plain, withKnown, withOther]) for (const piece of [1, 3, 64]) expect(streamed(hash, bytes, piece)).toBe(once(hash.hash, bytes));
    }
  });

  test('a picture cropped by its SPS alone: every packet hash kept, the parameter sets differ', async () => {
    const original = await pictureTable('original.mp4');
    const cropped = await pictureTable('sps-cropped.mp4');
    expect(cropped.picture!.hash).toBe(PICTURE_HASH_NAME);
    expect(Buffer.from(cropped.hashes).equals(Buffer.from(original.hashes))).toBe(true);
    expect(cropped.picture!.parameterSets).not.toBe(original.picture!.parameterSets);
    expect(parameterSetsEdit(original, cropped)).toEqual({ kind: 'replaced', original: [0, 20], copy: [0, 20] });
    expect(parameterSetsEdit(original, await pictureTable('concat-cut-6-10.mp4'))).toBeNull();
  });

  test.each(['concat-cut-6-10.mp4', 'concat-cut-6-10.mkv'])('%s: the picture alone has one removed stretch, 6.0–10.0 s to the frame', async (name) => {
    const result = comparePackets(await pictureTable('original.mp4'), await pictureTable(name));
    expect(result.decided).toBe(true);
    if (!result.decided) return;
    expect(result.report.edits).toHaveLength(1);
    const edit = result.report.edits[0]!;
    expect(edit.kind).toBe('removed');
    const [start, end] = (edit as Extract<Edit, { kind: 'removed' }>).original;
    expect(Math.abs(start - 6)).toBeLessThan(0.001);
    expect(Math.abs(end - 10)).toBeLessThan(0.001);
  });

  test('the section keeps the method and the digest; a picture section without its digest is refused', async () => {
    const table = await pictureTable('original.mp4');
    const section = writePacketSection(table);
    expect(section).toMatchObject({ hash: 'sha256-64-vcl', parameterSets: table.picture!.parameterSets });
    expect(readPacketSection(JSON.parse(JSON.stringify(section)))).toEqual(table);
    const { parameterSets: _, ...without } = section;
    expect(() => readPacketSection(without)).toThrow('packets.parameterSets: is not 16 hex digits');
    expect(() => readPacketSection({ ...section, hash: 'sha256-64' })).toThrow('packets.parameterSets');
  });
});
