// The byte→time map over a packet list: read in place when packets are in file order, through an
// index when they are not, and across a packet's parts.
import { describe, expect, test } from 'vitest';
import { createByteTimeMap } from '../../../shared/media/byte-time-map.ts';
import { PacketList } from '../../../shared/media/packets/packet-list.ts';
import { packetTable } from '../../../shared/media/packets/packet-table.ts';

describe('createByteTimeMap', () => {
  test('packets out of file order give the same map as the same packets in order', () => {
    const inOrder = [
      { offset: 100, size: 100, time: 0, duration: 1 },
      { offset: 300, size: 100, time: 1, duration: 1 },
      { offset: 500, size: 100, time: 2, duration: 1 },
    ];
    const ordered = createByteTimeMap(PacketList.from(inOrder));
    const shuffled = createByteTimeMap(PacketList.from([inOrder[2]!, inOrder[0]!, inOrder[1]!]));
    for (const offset of [0, 100, 150, 199, 200, 350, 450, 599, 600, 10_000]) expect(shuffled.timeAt(offset)).toBe(ordered.timeAt(offset));
    expect(ordered.timeAt(150)).toBe(0.5);
    expect(ordered.timeAt(250)).toBe(1);
    expect(ordered.timeAt(700)).toBe(3);
    expect(ordered.rangeToSeconds([350, 150])).toEqual([0.5, 1.5]);
  });

  test('a packet in parts spans from its first byte to the end of its last part', () => {
    const map = createByteTimeMap(PacketList.from([{ offset: 0, size: 20, time: 4, duration: 2, parts: [0, 10, 90, 10] }]));
    expect(map.timeAt(50)).toBe(5);
    expect(map.timeAt(100)).toBe(6);
  });

  test('no packets: no times', () => {
    expect(createByteTimeMap(new PacketList()).timeAt(0)).toBeNull();
  });

  test('with the table of the same packets: the same seconds from the ticks, the list not held', () => {
    // 1024-sample AAC frames at 48 kHz from 1 000 bytes in, 300-byte frames with a part gap, one out of order.
    const packets = Array.from({ length: 40 }, (_, i) => ({ offset: 1000 + i * 300, size: 300, time: (i * 1024) / 48000, duration: 1024 / 48000 }));
    [packets[7], packets[8]] = [packets[8]!, packets[7]!];
    packets[20] = { ...packets[20]!, size: 100, parts: [packets[20]!.offset, 100, packets[20]!.offset + 200, 100] } as (typeof packets)[number];
    const list = PacketList.from(packets);
    const table = packetTable({ container: 'mp4', codec: 'aac', timebase: 48000, packets: list, truncated: false }, new Uint8Array(40 * 8));
    const inPlace = createByteTimeMap(list);
    const compact = createByteTimeMap(list, table);
    const offsets = [0, 999, 1000, 1150, 3099, 3100, 3250, 7000, 7050, 7150, 7250, 12_999, 13_000, 20_000];
    for (const offset of offsets) expect(compact.timeAt(offset)).toBe(inPlace.timeAt(offset));
    expect(compact.rangeToSeconds([1150, 7050])).toEqual(inPlace.rangeToSeconds([1150, 7050]));
    // Its own copy of the places: a list changed afterwards changes the map read in place only.
    const before = compact.timeAt(1150);
    list.setTime(0, 5);
    expect(compact.timeAt(1150)).toBe(before);
    expect(inPlace.timeAt(1150)).not.toBe(before);
  });

  test('ticks that are not the list\'s exact seconds (a Matroska codec delay in milliseconds): the list is read as it is', () => {
    const list = PacketList.from([
      { offset: 0, size: 100, time: -0.0065, duration: 0.02 },
      { offset: 100, size: 100, time: 0.0135, duration: 0.02 },
    ]);
    const table = packetTable({ container: 'webm', codec: 'opus', timebase: 1000, packets: list, truncated: false }, new Uint8Array(2 * 8));
    const map = createByteTimeMap(list, table);
    expect(map.timeAt(0)).toBe(-0.0065);
    expect(map.timeAt(150)).toBeCloseTo(0.0235, 12);
  });
});

