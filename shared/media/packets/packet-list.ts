// A reader's packets as columns of numbers rather than one object each: a long file has hundreds of
// thousands of packets, and as objects each cost some 90 bytes of heap (and V8 sizes its heap at a
// multiple of what lives); as columns they cost 32 bytes. `parts` (an Ogg packet across pages) are
// rare, so they are kept aside by index. `get(i)` and iteration make a Packet object on demand.
import type { Packet } from '../types.ts';

/** The list as plain typed arrays, for postMessage (their buffers can be transferred). */
export interface PacketColumns {
  offsets: Float64Array;
  sizes: Float64Array;
  times: Float64Array;
  durations: Float64Array;
  /** Packets with parts: their indices, and each one's parts after the other (flat, `partCounts[k]` numbers each). */
  partIndices: Uint32Array;
  partCounts: Uint32Array;
  parts: Float64Array;
}

/** Packets per block: columns grow a block at a time, so growing never copies and at most one block is unused. */
const BLOCK_BITS = 13;
const BLOCK = 1 << BLOCK_BITS;
const MASK = BLOCK - 1;

export class PacketList implements Iterable<Packet> {
  private readonly offsets: Float64Array[] = [];
  private readonly sizes: Float64Array[] = [];
  private readonly times: Float64Array[] = [];
  private readonly durations: Float64Array[] = [];
  private readonly partsOf = new Map<number, readonly number[]>();
  private count = 0;
  /** Made from columns: its last block is as long as its packets, so it takes no more. */
  private complete = false;

  static from(packets: Iterable<Packet>): PacketList {
    const list = new PacketList();
    for (const p of packets) list.push(p.offset, p.size, p.time, p.duration, p.parts);
    return list;
  }

  /** The list that `columns()` made, over the columns themselves (views, not copies); it takes no more packets. */
  static fromColumns(columns: PacketColumns): PacketList {
    const n = columns.offsets.length;
    if ([columns.sizes, columns.times, columns.durations].some((c) => c.length !== n) || columns.partIndices.length !== columns.partCounts.length) {
      throw new RangeError('packet columns of different lengths');
    }
    const list = new PacketList();
    for (let at = 0; at < n; at += BLOCK) {
      list.offsets.push(columns.offsets.subarray(at, at + BLOCK));
      list.sizes.push(columns.sizes.subarray(at, at + BLOCK));
      list.times.push(columns.times.subarray(at, at + BLOCK));
      list.durations.push(columns.durations.subarray(at, at + BLOCK));
    }
    list.count = n;
    list.complete = true;
    let at = 0;
    columns.partIndices.forEach((index, k) => {
      const count = columns.partCounts[k]!;
      list.partsOf.set(index, Array.from(columns.parts.subarray(at, at + count)));
      at += count;
    });
    return list;
  }

  get length(): number {
    return this.count;
  }

  /** Appends a packet; its index. `parts` as in Packet: flat [offset, size, …] when not contiguous. */
  push(offset: number, size: number, time: number, duration: number, parts?: readonly number[]): number {
    if (this.complete) throw new Error('a packet list made from columns takes no more packets');
    const i = this.count++;
    const k = i & MASK;
    if (k === 0) {
      this.offsets.push(new Float64Array(BLOCK));
      this.sizes.push(new Float64Array(BLOCK));
      this.times.push(new Float64Array(BLOCK));
      this.durations.push(new Float64Array(BLOCK));
    }
    const b = i >>> BLOCK_BITS;
    this.offsets[b]![k] = offset;
    this.sizes[b]![k] = size;
    this.times[b]![k] = time;
    this.durations[b]![k] = duration;
    if (parts) this.partsOf.set(i, [...parts]);
    return i;
  }

  offset(i: number): number {
    return this.offsets[i >>> BLOCK_BITS]![i & MASK]!;
  }

  size(i: number): number {
    return this.sizes[i >>> BLOCK_BITS]![i & MASK]!;
  }

  time(i: number): number {
    return this.times[i >>> BLOCK_BITS]![i & MASK]!;
  }

  duration(i: number): number {
    return this.durations[i >>> BLOCK_BITS]![i & MASK]!;
  }

  parts(i: number): readonly number[] | undefined {
    return this.partsOf.get(i);
  }

  /** The end of the packet's last byte run. */
  end(i: number): number {
    const parts = this.partsOf.get(i);
    return parts ? parts[parts.length - 2]! + parts[parts.length - 1]! : this.offset(i) + this.size(i);
  }

  setTime(i: number, time: number): void {
    this.times[i >>> BLOCK_BITS]![i & MASK] = time;
  }

  setDuration(i: number, duration: number): void {
    this.durations[i >>> BLOCK_BITS]![i & MASK] = duration;
  }

  get(i: number): Packet {
    if (!(i >= 0 && i < this.count)) throw new RangeError(`no packet ${i} of ${this.count}`);
    const parts = this.partsOf.get(i);
    const packet: Packet = { offset: this.offset(i), size: this.size(i), time: this.time(i), duration: this.duration(i) };
    if (parts) packet.parts = [...parts];
    return packet;
  }

  *[Symbol.iterator](): Iterator<Packet> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }

  /** The columns as single typed arrays of the list's length (copies); `columnBuffers()` lists their buffers. */
  columns(): PacketColumns {
    const whole = (blocks: readonly Float64Array[]) => {
      const out = new Float64Array(this.count);
      blocks.forEach((block, b) => out.set(block.subarray(0, Math.min(BLOCK, this.count - b * BLOCK)), b * BLOCK));
      return out;
    };
    const indices = [...this.partsOf.keys()].sort((a, b) => a - b);
    return {
      offsets: whole(this.offsets),
      sizes: whole(this.sizes),
      times: whole(this.times),
      durations: whole(this.durations),
      partIndices: Uint32Array.from(indices),
      partCounts: Uint32Array.from(indices, (i) => this.partsOf.get(i)!.length),
      parts: Float64Array.from(indices.flatMap((i) => this.partsOf.get(i)!)),
    };
  }
}

/** The buffers of a PacketColumns, for postMessage's transfer list. */
export function columnBuffers(columns: PacketColumns): ArrayBuffer[] {
  return [columns.offsets, columns.sizes, columns.times, columns.durations, columns.partIndices, columns.partCounts, columns.parts].map((a) => a.buffer as ArrayBuffer);
}
