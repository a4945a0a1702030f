// The byte→time map over a packet list: read in place when packets are in file order, through an
// index when they are not, and across a packet's parts.
import { describe, expect, test } from 'vitest';
import { createByteTimeMap } from '../../../shared/media/byte-time-map.ts';
import { PacketList } from '../../../shared/media/packets/packet-list.ts';

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
});
