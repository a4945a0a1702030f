// Packet tables grow with the file; the cap bounds them. Two million packets is over eleven hours of
// 20 ms Opus and 64 MB of columns (packet-list.ts); past it the reader stops and the result says
// `truncated`, so the comparison can refuse to decide on a partial table instead of reporting the
// rest as removed. The packets' bytes together may not exceed the file's: real packets never share
// bytes, and a table that makes them (overlapping MP4 samples) would otherwise have the same bytes
// hashed over and over. Checked as each packet is added, so hashing stays bounded by the file size.
import { PacketList } from './packet-list.ts';

export const DEFAULT_PACKET_CAP = 2_000_000;

export class PacketCollector {
  readonly packets = new PacketList();
  truncated = false;
  private bytes = 0;

  constructor(
    readonly cap = DEFAULT_PACKET_CAP,
    /** Told of each packet as it is found, by index (offsets and parts are final then; times may still change). */
    private readonly onPacket: ((packets: PacketList, index: number) => void) | null = null,
    /** The file's size and how to fail, for the running byte total. */
    private readonly limit: { bytes: number; fail: (offset: number, problem: string) => never } | null = null,
  ) {}

  /** Adds a packet; false when the cap is reached, and the reader should stop. */
  add(offset: number, size: number, time: number, duration: number, parts?: readonly number[]): boolean {
    if (this.packets.length >= this.cap) {
      this.truncated = true;
      return false;
    }
    this.bytes += size;
    if (this.limit && this.bytes > this.limit.bytes) {
      this.limit.fail(offset, `the packet table claims more than the ${this.limit.bytes} bytes the file holds (packets overlap)`);
    }
    const index = this.packets.push(offset, size, time, duration, parts);
    this.onPacket?.(this.packets, index);
    return true;
  }
}
