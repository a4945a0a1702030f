// Packet hashes: equal to SHA-256 of each packet's bytes (parts joined), the same whether the file
// streams past in any split (PacketRangeHasher), is read piece by piece (hashPackets), or is hashed
// as the reader finds each packet (FoundPacketHashes).
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { FoundPacketHashes } from '../../../shared/media/packets/found-packet-hashes.ts';
import { hashPackets, PACKET_HASH_BYTES, PacketRangeHasher, portableSha256 } from '../../../shared/media/packets/packet-hash.ts';
import { PacketList } from '../../../shared/media/packets/packet-list.ts';
import type { Packet } from '../../../shared/media/types.ts';
import { nodeSha256 } from '../../../verifier/node/node-sha256.ts';
import { freshReadsOnly, memoryByteSource } from './node-byte-source.ts';

function seeded(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) out[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

const file = seeded(5000, 3);
// Gaps between packets (headers, other tracks), an empty packet, and one packet in three parts.
const packets: Packet[] = [
  { offset: 10, size: 100, time: 0, duration: 1 },
  { offset: 110, size: 0, time: 1, duration: 1 },
  { offset: 300, size: 50, time: 2, duration: 1, parts: [300, 50] },
  { offset: 400, size: 130, time: 3, duration: 1, parts: [400, 60, 700, 20, 1000, 50] },
  { offset: 460, size: 240, time: 4, duration: 1 },
  { offset: 4900, size: 100, time: 5, duration: 1 },
];
const list = PacketList.from(packets);

function expected(): Uint8Array {
  const out = new Uint8Array(packets.length * PACKET_HASH_BYTES);
  packets.forEach((p, i) => {
    const parts = p.parts ?? [p.offset, p.size];
    const h = createHash('sha256');
    for (let k = 0; k < parts.length; k += 2) h.update(file.subarray(parts[k]!, parts[k]! + parts[k + 1]!));
    out.set(h.digest().subarray(0, PACKET_HASH_BYTES), i * PACKET_HASH_BYTES);
  });
  return out;
}

describe('packet hashes', () => {
  test('hashPackets reads only packet bytes and gives truncated SHA-256', async () => {
    expect(await hashPackets(memoryByteSource('f', file), list)).toEqual(expected());
  });

  test('the range hasher gives the same hashes for every split of the stream into two and three parts', () => {
    const want = expected();
    for (let cut = 0; cut <= file.length; cut += 7) {
      const one = new PacketRangeHasher(list).update(file.subarray(0, cut)).update(file.subarray(cut)).digest();
      expect(one).toEqual(want);
      const second = Math.min(file.length, cut + 333);
      const two = new PacketRangeHasher(list).update(file.subarray(0, cut)).update(file.subarray(cut, second)).update(file.subarray(second)).digest();
      expect(two).toEqual(want);
    }
  });

  test('byte-at-a-time streaming gives the same hashes', () => {
    const hasher = new PacketRangeHasher(list);
    for (let i = 0; i < file.length; i++) hasher.update(file.subarray(i, i + 1));
    expect(hasher.digest()).toEqual(expected());
  });

  test('packets added as the stream goes, many thousands (past the hasher dropping what is behind it), give the same hashes', () => {
    const big = seeded(200_000, 5);
    const many = Array.from({ length: 9000 }, (_, i) => ({ offset: i * 20 + 3, size: 15, time: i, duration: 1 }));
    const hasher = new PacketRangeHasher();
    for (let at = 0, k = 0; at < big.length; at += 1000) {
      // Each packet is told before its bytes stream past, as a reader finds it.
      for (; k < many.length && many[k]!.offset < at + 1000; k++) hasher.add(many[k]!.offset, many[k]!.size);
      hasher.update(big.subarray(at, at + 1000));
    }
    const want = new Uint8Array(many.length * PACKET_HASH_BYTES);
    many.forEach((p, i) => want.set(createHash('sha256').update(big.subarray(p.offset, p.offset + p.size)).digest().subarray(0, PACKET_HASH_BYTES), i * PACKET_HASH_BYTES));
    expect(hasher.digest()).toEqual(want);
    expect(() => hasher.add(100, 10)).toThrow(/already streamed past/);
  });

  test('thousands of packets listed out of file order, some in parts, hash as the same packets in order would', async () => {
    const big = seeded(300_000, 7);
    // Packets 60 bytes apart, listed in a shuffled order; every fifth is split into two parts 30 bytes apart.
    const order = Array.from({ length: 4500 }, (_, i) => (i * 2311) % 4500);
    const shuffled: Packet[] = order.map((slot, i) => {
      const offset = slot * 60 + 5;
      return i % 5 === 0 ? { offset, size: 20, time: i, duration: 1, parts: [offset, 10, offset + 30, 10] } : { offset, size: 25, time: i, duration: 1 };
    });
    const want = new Uint8Array(shuffled.length * PACKET_HASH_BYTES);
    shuffled.forEach((p, i) => {
      const parts = p.parts ?? [p.offset, p.size];
      const h = createHash('sha256');
      for (let k = 0; k < parts.length; k += 2) h.update(big.subarray(parts[k]!, parts[k]! + parts[k + 1]!));
      want.set(h.digest().subarray(0, PACKET_HASH_BYTES), i * PACKET_HASH_BYTES);
    });
    const shuffledList = PacketList.from(shuffled);
    expect(await hashPackets(memoryByteSource('f', big), shuffledList, nodeSha256)).toEqual(want);
    const streamed = new PacketRangeHasher(shuffledList);
    for (let at = 0; at < big.length; at += 777) streamed.update(big.subarray(at, at + 777));
    expect(streamed.digest()).toEqual(want);
    // Told one by one before the bytes come, out of file order: each is inserted at its place.
    const told = new PacketRangeHasher();
    for (const p of shuffled) told.add(p.offset, p.size, p.parts);
    for (let at = 0; at < big.length; at += 30_000) told.update(big.subarray(at, at + 30_000));
    expect(told.digest()).toEqual(want);
  });

  test('a stream that ends early, or a gap skipped over a packet, is an error', () => {
    expect(() => new PacketRangeHasher(list).update(file.subarray(0, 4950)).digest()).toThrow(/ended with 1 packet\(s\) incomplete/);
    expect(() => new PacketRangeHasher(list).updateAt(200, file.subarray(200, 300))).toThrow(/skipped/);
  });

  test('a packet beyond the end of the file is a MediaError', async () => {
    await expect(hashPackets(memoryByteSource('short.mp3', file), PacketList.from([{ offset: 6000, size: 10, time: 0, duration: 1 }]))).rejects.toThrow(
      'short.mp3: a packet lies beyond the end of the file at byte 6000',
    );
  });

  test('the hash function can be swapped for another with identical output (node:crypto)', async () => {
    expect(await hashPackets(memoryByteSource('f', file), list, nodeSha256)).toEqual(expected());
    expect(await hashPackets(freshReadsOnly(memoryByteSource('f', file)), list, nodeSha256)).toEqual(expected());
    for (const p of packets.filter((p) => !p.parts)) {
      const bytes = file.subarray(p.offset, p.offset + p.size);
      const [node, portable] = [new Uint8Array(12), new Uint8Array(12)];
      nodeSha256.once(bytes, node, 2);
      portableSha256.once(bytes, portable, 2);
      expect(node).toEqual(portable);
      expect(node.subarray(2, 10)).toEqual(new Uint8Array(createHash('sha256').update(bytes).digest().subarray(0, PACKET_HASH_BYTES)));
      expect([...node.subarray(0, 2), ...node.subarray(10)]).toEqual([0, 0, 0, 0]);
    }
  });

  test('packets hashed as they are found, with their bytes or read afterwards, give the same hashes in order', async () => {
    for (const hash of [portableSha256, nodeSha256]) {
      for (const withBytes of [(i: number) => i % 2 === 0, () => true, () => false]) {
        const found = new FoundPacketHashes(hash);
        packets.forEach((p, i) => found.add(list, i, !p.parts && withBytes(i) ? file.subarray(p.offset, p.offset + p.size) : null));
        expect(await found.finish(memoryByteSource('f', file))).toEqual(expected());
      }
    }
  });

  test('tens of thousands of packets, some with bytes and the rest read afterwards in runs and slices, give the same hashes', async () => {
    // Past one block of hashes (8192) and one slice read at the end (16384), with runs of packets
    // to read that begin and end anywhere: an MP4's all-later table, a WebM's none, mixed between.
    const big = seeded(400_000, 11);
    const n = 40_000;
    const many = new PacketList();
    for (let i = 0; i < n; i++) many.push(i * 10, 7 + (i % 4), i, 1);
    const want = new Uint8Array(n * PACKET_HASH_BYTES);
    for (let i = 0; i < n; i++) want.set(createHash('sha256').update(big.subarray(i * 10, i * 10 + many.size(i))).digest().subarray(0, PACKET_HASH_BYTES), i * PACKET_HASH_BYTES);
    for (const withBytes of [() => false, (i: number) => i % 3 === 0, (i: number) => i > 17_000 && i < 33_333]) {
      const found = new FoundPacketHashes(nodeSha256);
      for (let i = 0; i < n; i++) found.add(many, i, withBytes(i) ? big.subarray(i * 10, i * 10 + many.size(i)) : null);
      expect(await found.finish(memoryByteSource('many', big))).toEqual(want);
    }
  });
});
