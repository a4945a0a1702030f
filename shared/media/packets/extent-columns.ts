// The byte runs of packets still to hash (PacketRangeHasher), kept as typed columns.
import { grownTo } from '../../grown-array.ts';

/**
 * The byte runs still to hash, as columns sorted by start. An object per run and a map entry per
 * packet (for its parts left) made the packet pass's heap grow to 54 MB on the 87 000 samples of a
 * 4 GiB MP4 (16 MB as columns), and the CLI's peak RSS 60 MB higher than without the pass.
 */
export class ExtentColumns {
  starts: Float64Array;
  ends: Float64Array;
  packets: Float64Array;
  length = 0;

  /** `capacity`: the runs expected, so a table known in advance is not grown by doubling. */
  constructor(capacity = 1024) {
    this.starts = new Float64Array(capacity);
    this.ends = new Float64Array(capacity);
    this.packets = new Float64Array(capacity);
  }

  append(start: number, end: number, packet: number): void {
    this.starts = grownTo(this.starts, this.length + 1);
    this.ends = grownTo(this.ends, this.length + 1);
    this.packets = grownTo(this.packets, this.length + 1);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.packets[this.length] = packet;
    this.length++;
  }

  /** Empty, and holding at least `capacity` runs without growing: one set of columns serves slice after slice. */
  emptied(capacity: number): this {
    this.length = 0;
    if (this.starts.length < capacity) {
      this.starts = new Float64Array(capacity);
      this.ends = new Float64Array(capacity);
      this.packets = new Float64Array(capacity);
    }
    return this;
  }

  /** Drops the first `count` runs. */
  drop(count: number): void {
    this.starts.copyWithin(0, count, this.length);
    this.ends.copyWithin(0, count, this.length);
    this.packets.copyWithin(0, count, this.length);
    this.length -= count;
  }

  /** True when sorted by start, then packet. */
  sorted(): boolean {
    for (let k = 1; k < this.length; k++) {
      const d = this.starts[k - 1]! - this.starts[k]!;
      if (d > 0 || (d === 0 && this.packets[k - 1]! > this.packets[k]!)) return false;
    }
    return true;
  }

  /** Sorts the runs from index `from` on. */
  sort(from = 0): void {
    const order = new Uint32Array(this.length - from).map((_, k) => from + k);
    order.sort((a, b) => this.starts[a]! - this.starts[b]! || this.packets[a]! - this.packets[b]!);
    const pick = (column: Float64Array) => {
      const picked = column.slice();
      order.forEach((at, k) => (picked[from + k] = column[at]!));
      return picked;
    };
    this.starts = pick(this.starts);
    this.ends = pick(this.ends);
    this.packets = pick(this.packets);
  }
}
