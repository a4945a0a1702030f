// Per-packet hashes: the first 8 bytes of SHA-256 over each packet's bytes. Eight bytes keep a
// one-hour table near 1.4 MB; finding a different packet with the same hash as a given one (which is
// what hiding an edit would take) costs about 2^64 work, and chance collisions among a million
// packets have odds below 1 in 10^7. The hash function can be swapped for a faster one with identical
// output (node:crypto in the CLI).
//
// PacketRangeHasher takes the file's bytes in order as they stream past, so packet hashing can share
// the single pass that computes the recording code and chunks when the packet table is known first.
// FoundPacketHashes hashes packets as a reader finds them, while their bytes are still at hand.
import { sha256 } from '@noble/hashes/sha2.js';
import type { ByteSource } from './byte-source.ts';
import { MediaError } from './media-error.ts';
import type { Packet } from './types.ts';

export const PACKET_HASH_BYTES = 8;
export const PACKET_HASH_NAME = 'sha256-64';

export interface StreamingHash {
  update(bytes: Uint8Array): unknown;
  digest(): Uint8Array;
}

export interface HashFunction {
  /** A streaming hash, for bytes that arrive in pieces. */
  create(): StreamingHash;
  /** One input's hash in one call: for a packet of a few hundred bytes far cheaper than create(). */
  once(bytes: Uint8Array): Uint8Array;
}

export const portableSha256: HashFunction = { create: () => sha256.create(), once: (bytes) => sha256(bytes) };

interface Extent {
  start: number;
  end: number;
  packet: number;
}

export class PacketRangeHasher {
  private readonly extents: Extent[] = [];
  private readonly partsLeft: number[] = [];
  private readonly states = new Map<number, StreamingHash>();
  private hashes = new Uint8Array(0);
  private active: Extent[] = [];
  private next = 0;
  private position = 0;
  private done = 0;

  constructor(
    packets: readonly Packet[] = [],
    private readonly hash: HashFunction = portableSha256,
  ) {
    this.hashes = new Uint8Array(packets.length * PACKET_HASH_BYTES);
    for (const p of packets) this.addExtents(p, false);
    this.extents.sort((a, b) => a.start - b.start || a.packet - b.packet);
  }

  /**
   * Adds a packet found while the file streams (packets are numbered in the order added).
   * @throws RangeError if some of its bytes have already streamed past
   */
  add(packet: Packet): void {
    this.addExtents(packet, true);
  }

  private addExtents(p: Packet, sorted: boolean): void {
    const packet = this.partsLeft.length;
    const parts = p.parts ?? [p.offset, p.size];
    if (sorted && parts[0]! < this.position) throw new RangeError(`packet ${packet} at ${parts[0]} has already streamed past`);
    // Empty parts need no bytes; a packet made only of them is hashed as empty right away.
    let count = 0;
    for (let i = 0; i < parts.length; i += 2) {
      if (parts[i + 1]! <= 0) continue;
      const extent = { start: parts[i]!, end: parts[i]! + parts[i + 1]!, packet };
      if (!sorted) this.extents.push(extent);
      else {
        // Packets mostly arrive in file order, so the place is found from the end.
        let at = this.extents.length;
        while (at > this.next && this.extents[at - 1]!.start > extent.start) at--;
        this.extents.splice(at, 0, extent);
      }
      count++;
    }
    this.partsLeft.push(count);
    if (count === 0) this.finishPacket(packet);
  }

  /** The next file bytes, continuing where the previous call ended (the first call starts at 0). */
  update(bytes: Uint8Array): this {
    return this.updateAt(this.position, bytes);
  }

  /** File bytes at `offset` ≥ the end of the previous call; bytes skipped must hold no packet. */
  updateAt(offset: number, bytes: Uint8Array): this {
    if (offset < this.position) throw new RangeError(`updateAt(${offset}) goes back before ${this.position}`);
    const end = offset + bytes.length;
    while (this.next < this.extents.length && this.extents[this.next]!.start < end) {
      const extent = this.extents[this.next++]!;
      if (extent.start < offset) throw new RangeError(`bytes at ${extent.start} of packet ${extent.packet} were skipped`);
      this.active.push(extent);
    }
    const still: Extent[] = [];
    for (const extent of this.active) {
      const from = Math.max(extent.start, offset);
      const to = Math.min(extent.end, end);
      if (to > from) this.state(extent.packet).update(bytes.subarray(from - offset, to - offset));
      if (extent.end <= end) {
        if (--this.partsLeft[extent.packet]! === 0) this.finishPacket(extent.packet);
      } else still.push(extent);
    }
    this.active = still;
    this.position = end;
    return this;
  }

  /** Where the next needed byte is (Infinity when every packet is hashed), for callers that skip gaps. */
  nextNeeded(): number {
    if (this.active.length > 0) return this.position;
    return this.extents[this.next]?.start ?? Infinity;
  }

  /**
   * The end of the needed bytes from nextNeeded(): packets closer together than `gap` count as one
   * run, and the run stops at `limit` bytes. Reading just that skips other tracks' data.
   */
  neededEnd(gap: number, limit: number): number {
    const start = this.nextNeeded();
    let end = start;
    for (const extent of this.active) end = Math.max(end, extent.end);
    for (let k = this.next; k < this.extents.length && end - start < limit; k++) {
      const extent = this.extents[k]!;
      if (extent.start > end + gap) break;
      end = Math.max(end, extent.end);
    }
    return Math.min(end, start + limit);
  }

  /** PACKET_HASH_BYTES per packet, in packet order. @throws RangeError if the stream ended early */
  digest(): Uint8Array {
    if (this.done < this.partsLeft.length) throw new RangeError(`the bytes ended with ${this.partsLeft.length - this.done} packet(s) incomplete`);
    return this.hashes.subarray(0, this.partsLeft.length * PACKET_HASH_BYTES);
  }

  private state(packet: number): StreamingHash {
    let state = this.states.get(packet);
    if (!state) {
      state = this.hash.create();
      this.states.set(packet, state);
    }
    return state;
  }

  private finishPacket(packet: number): void {
    const digest = this.state(packet).digest();
    this.states.delete(packet);
    if ((packet + 1) * PACKET_HASH_BYTES > this.hashes.length) {
      const grown = new Uint8Array(Math.max(1024, this.hashes.length * 2));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes.set(digest.subarray(0, PACKET_HASH_BYTES), packet * PACKET_HASH_BYTES);
    this.done++;
  }
}

const PIECE = 1024 * 1024;
/** Gaps smaller than this between packets are read through rather than skipped. */
const GAP = 4 * 1024;

/** Hashes the packets by reading only the parts of the file that hold them, a piece at a time. */
export async function hashPackets(source: ByteSource, packets: readonly Packet[], hash: HashFunction = portableSha256): Promise<Uint8Array> {
  const hasher = new PacketRangeHasher(packets, hash);
  // Hashing consumes each piece at once, so one buffer serves every read when the source can fill it.
  const buffer = source.readInto && packets.length > 0 ? new Uint8Array(PIECE) : null;
  for (let at = hasher.nextNeeded(); at !== Infinity; at = hasher.nextNeeded()) {
    if (at >= source.size) throw new MediaError(source.name, at, 'a packet lies beyond the end of the file');
    const length = Math.min(hasher.neededEnd(GAP, PIECE), source.size) - at;
    const bytes = buffer ? buffer.subarray(0, await source.readInto!(at, buffer.subarray(0, length))) : await source.read(at, length);
    if (bytes.length === 0) throw new MediaError(source.name, at, 'the file could not be read here');
    hasher.updateAt(at, bytes);
  }
  return hasher.digest();
}

/**
 * Packet hashes in the order a reader finds the packets. A packet whose bytes the reader holds when
 * it finds it (a WebM block, an Ogg page, an MP3 frame just scanned) is hashed then, so its bytes
 * are not read again; the others (an MP4's samples, listed from the moov before the media data; an
 * Ogg packet across pages) are read and hashed at the end.
 */
export class FoundPacketHashes {
  private hashes = new Uint8Array(1024 * PACKET_HASH_BYTES);
  private count = 0;
  private readonly later: Packet[] = [];
  private readonly laterIndex: number[] = [];

  constructor(private readonly hash: HashFunction = portableSha256) {}

  add(packet: Packet, bytes: Uint8Array | null): void {
    if ((this.count + 1) * PACKET_HASH_BYTES > this.hashes.length) {
      const grown = new Uint8Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    if (bytes) this.hashes.set(this.hash.once(bytes).subarray(0, PACKET_HASH_BYTES), this.count * PACKET_HASH_BYTES);
    else {
      this.later.push(packet);
      this.laterIndex.push(this.count);
    }
    this.count++;
  }

  /** PACKET_HASH_BYTES per packet, in the order added. @throws MediaError when a packet cannot be read */
  async finish(source: ByteSource): Promise<Uint8Array> {
    const rest = await hashPackets(source, this.later, this.hash);
    this.laterIndex.forEach((index, k) => this.hashes.set(rest.subarray(k * PACKET_HASH_BYTES, (k + 1) * PACKET_HASH_BYTES), index * PACKET_HASH_BYTES));
    return this.hashes.subarray(0, this.count * PACKET_HASH_BYTES);
  }
}
