// Work bounded by the file's size (issue 13 item 3; security review F9, F10): overlapping samples are
// refused before their bytes are hashed twice, packets told in reverse are sorted once, and packets
// told out of order again and again make the streaming pass give up (the caller then reads the file
// the random-access way) instead of sorting without end.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { MediaError } from '../../../shared/media/media-error.ts';
import { PACKET_HASH_BYTES, PacketRangeHasher } from '../../../shared/media/packets/packet-hash.ts';
import { packetLayer, StreamingPacketLayer } from '../../../shared/media/packets/packet-layer.ts';
import { PacketList } from '../../../shared/media/packets/packet-list.ts';
import { packetOverlap } from '../../../shared/media/packets/packet-overlap.ts';
import { readPackets } from '../../../shared/media/read-packets.ts';
import { nodeSha256 } from '../../../verifier/node/node-sha256.ts';
import { ensureMedia, mediaPath } from '../../fixtures/media/make-media.ts';
import { craftedMp4 } from '../../fixtures/robustness/crafted-mp4.ts';
import { box, find, moovFor, type, u32 } from '../../fixtures/robustness/mp4-writer.ts';
import { memoryByteSource } from './node-byte-source.ts';

beforeAll(() => {
  ensureMedia();
  craftedMp4('reversed');
  craftedMp4('overlapping');
}, 120_000);

const seconds = (since: number): number => (performance.now() - since) / 1000;

describe('overlapping packets', () => {
  test('packetOverlap finds shared bytes in any order, and none between touching packets or in empty ones', () => {
    const list = (...runs: [number, number][]) => PacketList.from(runs.map(([offset, size]) => ({ offset, size, time: 0, duration: 0 })));
    expect(packetOverlap(list([0, 10], [10, 5], [15, 0], [15, 1]))).toBe(-1);
    expect(packetOverlap(list([100, 10], [0, 10], [50, 10]))).toBe(-1);
    expect(packetOverlap(list([100, 10], [0, 10], [105, 10]))).toBe(105);
    expect(packetOverlap(list([0, 10], [5, 10]))).toBe(5);
    // Found in file order, then the order breaks: the first overlap in file order all the same.
    expect(packetOverlap(list([0, 10], [8, 10], [100, 1], [3, 1]))).toBe(3);
    const parts = PacketList.from([{ offset: 0, size: 20, time: 0, duration: 0, parts: [0, 10, 30, 10] }, { offset: 35, size: 2, time: 0, duration: 0 }]);
    expect(packetOverlap(parts)).toBe(35);
  });

  test('an 8 MB MP4 whose samples claim 50 GB is refused at once, naming the file', async () => {
    const bytes = new Uint8Array(readFileSync(craftedMp4('overlapping')));
    const started = performance.now();
    const error = await packetLayer(memoryByteSource('overlap.m4a', bytes), nodeSha256).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as MediaError).message).toMatch(/^overlap\.m4a: the packet table claims more than the 8\d{6} bytes the file holds \(packets overlap\)/);
    expect(seconds(started)).toBeLessThan(5);
  });

  test('samples that overlap without claiming more than the file holds are refused too', async () => {
    const bytes = new Uint8Array(readFileSync(craftedMp4('reversed')));
    const source = memoryByteSource('twice.m4a', bytes);
    const { packets } = await readPackets(source);
    // Every other sample of the real table, each listed twice: half the file's bytes, all shared.
    const twice = new PacketList();
    for (let i = 0; i < packets.length; i += 2) for (let k = 0; k < 2; k++) twice.push(packets.offset(i), packets.size(i), 0, 0);
    expect(packetOverlap(twice)).toBe(packets.offset(packets.length % 2 === 0 ? packets.length - 2 : packets.length - 1));
  });
});

describe('AMR samples held to be split into frames', () => {
  test('a 3GP whose million AMR samples all lie on the same bytes is refused at once', async () => {
    const threeGp = new Uint8Array(readFileSync(mediaPath('fuzz-amr.3gp')));
    let at = 0;
    while (type(threeGp, at) !== 'moov') at += u32(threeGp, at);
    const stsd = find(threeGp.subarray(at, at + u32(threeGp, at)), 'trak', 'mdia', 'minf', 'stbl', 'stsd');
    const n = 1_000_000;
    const moov = moovFor({ stsd, timescale: 8000, delta: 160, sizes: new Array<number>(n).fill(64), offsets: new Array<number>(n).fill(8) });
    const file = Buffer.concat([box('free', new Uint8Array(64)), moov]);
    const started = performance.now();
    await expect(readPackets(memoryByteSource('same-bytes.3gp', file))).rejects.toThrow(/^same-bytes\.3gp: the sample table claims more than the \d+ bytes the file holds \(samples overlap\)/);
    expect(seconds(started)).toBeLessThan(5);
  });
});

describe('packets out of file order', () => {
  test('an 8 MB MP4 with 32,800 samples in reverse: the streaming pass sorts once and equals the random-access pass', async () => {
    const bytes = new Uint8Array(readFileSync(craftedMp4('reversed')));
    const started = performance.now();
    const direct = await packetLayer(memoryByteSource('reversed.m4a', bytes), nodeSha256);
    const streaming = new StreamingPacketLayer('reversed.m4a', bytes.length, nodeSha256);
    for (let at = 0; at < bytes.length; at += 4 * 1024 * 1024) await streaming.update(bytes.subarray(at, at + 4 * 1024 * 1024));
    const streamed = await streaming.finish();
    expect(seconds(started)).toBeLessThan(10);
    expect(direct.result.packets.length).toBe(32_800);
    expect(direct.result.packets.offset(0)).toBeGreaterThan(direct.result.packets.offset(1));
    expect(streamed?.section).toEqual(direct.section);
  });

  test('400,000 packets told in reverse before their bytes: hashed as in order, in seconds', () => {
    const n = 400_000;
    const file = Uint8Array.from({ length: n * 4 }, (_, i) => (i * 2654435761) >>> 24);
    const inOrder = new PacketRangeHasher(PacketList.from(Array.from({ length: n }, (_, i) => ({ offset: (n - 1 - i) * 4, size: 4, time: 0, duration: 0 }))), nodeSha256);
    const want = inOrder.update(file).digest();
    const started = performance.now();
    const told = new PacketRangeHasher(undefined, nodeSha256);
    for (let i = 0; i < n; i++) told.add((n - 1 - i) * 4, 4);
    for (let at = 0; at < file.length; at += 65_536) told.update(file.subarray(at, at + 65_536));
    const digest = told.digest();
    expect(seconds(started)).toBeLessThan(5);
    // Buffer.equals: a deep toEqual of 3 MB would take the test's time itself.
    expect(Buffer.from(digest).equals(Buffer.from(want))).toBe(true);
    expect(want.length).toBe(n * PACKET_HASH_BYTES);
  });

  test('packets told out of order between every two pieces: the pass gives up instead of sorting without end', () => {
    const ahead = 300_000;
    const hasher = new PacketRangeHasher(undefined, nodeSha256);
    for (let i = 0; i < ahead; i++) hasher.add(10_000_000 + i, 1);
    const started = performance.now();
    const feed = () => {
      for (let at = 0; at < 1_000_000; at += 100) {
        hasher.add(at + 50, 10);
        hasher.updateAt(at, new Uint8Array(100));
      }
    };
    expect(feed).toThrow(/told too far out of file order/);
    expect(seconds(started)).toBeLessThan(5);
  });
});
