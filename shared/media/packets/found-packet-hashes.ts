// Packet hashes in the order a container reader finds the packets (the packet layer's own pass).
import type { ByteSource } from '../byte-source.ts';
import { BlockArray } from '../../block-array.ts';
import { hashPackets, PACKET_HASH_BYTES, portableSha256, SliceBuffers, type HashFunction, type PacketRuns } from './packet-hash.ts';
import type { PacketList } from './packet-list.ts';

/** Packets hashed per call of hashPackets() at the end: its byte runs are held a slice at a time, not an hour's at once. */
const FINISH_SLICE = 16384;

/**
 * Packet hashes in the order a reader finds the packets. A packet whose bytes the reader holds when
 * it finds it (a WebM block, an Ogg page, an MP3 frame just scanned) is hashed then, so its bytes
 * are not read again; the others (an MP4's samples, listed from the moov before the media data; an
 * Ogg packet across pages) are read and hashed at the end. Those are kept as runs of consecutive
 * packet numbers, not copied: an MP4's hour of video, some 260 000 packets, is one run.
 */
export class FoundPacketHashes {
  private hashes = new BlockArray(Uint8Array, PACKET_HASH_BYTES);
  private count = 0;
  private packets: PacketList | null = null;
  /** [first, end) pairs of packet numbers still to hash. */
  private later = new BlockArray(Uint32Array, 2);
  private laterRuns = 0;

  constructor(private readonly hash: HashFunction = portableSha256) {}

  /** Packet `index` of `packets` (the same list each time, told in order), with its bytes when at hand (else it is read in finish()). */
  add(packets: PacketList, index: number, bytes: Uint8Array | null): void {
    if (index !== this.count) throw new RangeError(`packet ${index} told as the ${this.count}th`);
    if (bytes) {
      const [block, at] = this.hashes.at(this.count);
      this.hash.once(bytes, block, at);
    } else {
      this.packets = packets;
      const [last, at] = this.later.at(Math.max(0, this.laterRuns - 1));
      if (this.laterRuns > 0 && last[at + 1] === index) last[at + 1] = index + 1;
      else {
        const [block, start] = this.later.at(this.laterRuns++);
        block[start] = index;
        block[start + 1] = index + 1;
      }
    }
    this.count++;
  }

  /** PACKET_HASH_BYTES per packet, in the order added. @throws MediaError when a packet cannot be read */
  async finish(source: ByteSource): Promise<Uint8Array> {
    const { packets, later, laterRuns } = this;
    // Of the exact length: the table keeps its hashes for the whole comparison. This object's state
    // is let go first, since the layer holds it while the next track is hashed.
    const hashes = this.hashes.toArray(this.count);
    this.hashes = new BlockArray(Uint8Array, PACKET_HASH_BYTES);
    this.later = new BlockArray(Uint32Array, 2);
    this.packets = null;
    if (!packets) return hashes;
    const buffers = new SliceBuffers(FINISH_SLICE);
    // A slice's packet numbers, gathered across runs (a WebM's later packets are one-packet runs).
    const numbers = new Uint32Array(FINISH_SLICE);
    let count = 0;
    const hashSlice = async () => {
      const at = (k: number) => numbers[k]!;
      const runs: PacketRuns = { length: count, offset: (k) => packets.offset(at(k)), size: (k) => packets.size(at(k)), parts: (k) => packets.parts(at(k)) };
      const sliceHashes = await hashPackets(source, runs, this.hash, buffers);
      for (let k = 0; k < count; k++) hashes.set(sliceHashes.subarray(k * PACKET_HASH_BYTES, (k + 1) * PACKET_HASH_BYTES), at(k) * PACKET_HASH_BYTES);
      count = 0;
    };
    for (let r = 0; r < laterRuns; r++) {
      const [block, at] = later.at(r);
      for (let packet = block[at]!; packet < block[at + 1]!; packet++) {
        numbers[count++] = packet;
        if (count === FINISH_SLICE) await hashSlice();
      }
    }
    if (count > 0) await hashSlice();
    return hashes;
  }
}
