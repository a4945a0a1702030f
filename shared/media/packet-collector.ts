// Packet tables grow with the file; the cap bounds them. Two million packets is over eleven hours of
// 20 ms Opus and about 64 MB of table; past it the reader stops and the result says `truncated`, so
// the comparison can refuse to decide on a partial table instead of reporting the rest as removed.
import type { Packet } from './types.ts';

export const DEFAULT_PACKET_CAP = 2_000_000;

export class PacketCollector {
  readonly packets: Packet[] = [];
  truncated = false;

  constructor(
    readonly cap = DEFAULT_PACKET_CAP,
    /** Told of each packet as it is found (offsets and parts are final then; times may still change). */
    private readonly onPacket: ((packet: Packet) => void) | null = null,
  ) {}

  /** Adds a packet; false when the cap is reached, and the reader should stop. */
  add(packet: Packet): boolean {
    if (this.packets.length >= this.cap) {
      this.truncated = true;
      return false;
    }
    this.packets.push(packet);
    this.onPacket?.(packet);
    return true;
  }
}
