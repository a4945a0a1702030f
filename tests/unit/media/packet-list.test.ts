// The compact packet store: columns that grow block by block, sparse parts, Packet objects on
// demand, and the transferable form the page's worker posts, read back unchanged.
import { describe, expect, test } from 'vitest';
import { columnBuffers, PacketList } from '../../../shared/media/packets/packet-list.ts';
import type { Packet } from '../../../shared/media/types.ts';

function sample(n: number): Packet[] {
  return Array.from({ length: n }, (_, i) => {
    const p: Packet = { offset: 2 ** 33 + i * 1000, size: 100 + (i % 7), time: i * 0.02 - 0.0065, duration: 0.02 };
    if (i % 997 === 3) p.parts = [p.offset, 60, p.offset + 500, p.size - 60];
    return p;
  });
}

describe('PacketList', () => {
  test('grows over several blocks and keeps every field, parts only where given', () => {
    const packets = sample(20_000);
    const list = new PacketList();
    packets.forEach((p, i) => expect(list.push(p.offset, p.size, p.time, p.duration, p.parts)).toBe(i));
    expect(list.length).toBe(20_000);
    expect([...list]).toEqual(packets);
    expect(list.get(3)).toEqual(packets[3]);
    expect(list.parts(3)).toEqual(packets[3]!.parts);
    expect(list.parts(4)).toBeUndefined();
    expect('parts' in list.get(4)).toBe(false);
    expect(list.end(3)).toBe(packets[3]!.offset + 500 + packets[3]!.size - 60);
    expect(list.end(4)).toBe(packets[4]!.offset + packets[4]!.size);
    expect(list.get(16_384)).toEqual(packets[16_384]);
    list.setTime(19_999, 7);
    expect(list.time(19_999)).toBe(7);
    expect(() => list.get(20_000)).toThrow(RangeError);
  });

  test('times and durations can be set after adding; parts given are copied, not kept', () => {
    const parts = [10, 5, 40, 5];
    const list = PacketList.from([{ offset: 10, size: 10, time: 0, duration: Number.NaN, parts }]);
    parts[0] = 99;
    list.setTime(0, 1.5);
    list.setDuration(0, 0.25);
    expect(list.get(0)).toEqual({ offset: 10, size: 10, time: 1.5, duration: 0.25, parts: [10, 5, 40, 5] });
  });

  test('columns: trimmed typed arrays that survive structured cloning and come back as the same list, over them (not copied), taking no more', () => {
    const packets = sample(9000);
    const list = PacketList.from(packets);
    const columns = list.columns();
    expect(columns.offsets).toHaveLength(9000);
    expect(columns.partIndices).toEqual(Uint32Array.from(packets.flatMap((p, i) => (p.parts ? [i] : []))));
    expect(columns.partIndices.slice(0, 3)).toEqual(Uint32Array.from([3, 1000, 1997]));
    const cloned = structuredClone(columns, { transfer: columnBuffers(columns) });
    expect(columns.offsets).toHaveLength(0);
    const back = PacketList.fromColumns(cloned);
    expect([...back]).toEqual(packets);
    cloned.offsets[8999] = 123;
    expect(back.offset(8999)).toBe(123);
    expect(() => back.push(1, 2, 3, 4)).toThrow('takes no more packets');
    expect(back).toHaveLength(9000);
  });

  test('columns of different lengths are refused', () => {
    const columns = PacketList.from(sample(3)).columns();
    expect(() => PacketList.fromColumns({ ...columns, times: new Float64Array(2) })).toThrow(RangeError);
  });
});
