// Per-packet hashes: the first 8 bytes of SHA-256 over each packet's bytes. Eight bytes keep a
// one-hour table near 1.4 MB; finding a different packet with the same hash as a given one (which is
// what hiding an edit would take) costs about 2^64 work, and chance collisions among a million
// packets have odds below 1 in 10^7. The hash function can be swapped for a faster one with identical
// output (node:crypto in the CLI).
//
// PacketRangeHasher takes the file's bytes in order as they stream past, so packet hashing can share
// the single pass that computes the recording code and chunks when the packet table is known first.
// FoundPacketHashes (found-packet-hashes.ts) hashes packets as a reader finds them.
import { sha256 } from '@noble/hashes/sha2.js';
import type { ByteSource } from '../byte-source.ts';
import { MediaError } from '../media-error.ts';
import { PacketList } from './packet-list.ts';
import { ExtentColumns } from './extent-columns.ts';
import { grownTo } from '../../grown-array.ts';

export const PACKET_HASH_BYTES = 8;
export const PACKET_HASH_NAME = 'sha256-64';

export interface StreamingHash {
  update(bytes: Uint8Array): unknown;
  digest(): Uint8Array;
}

export interface HashFunction {
  /** A streaming hash, for bytes that arrive in pieces. */
  create(): StreamingHash;
  /**
   * One input's hash in one call, for a packet of a few hundred bytes far cheaper than create(): its
   * first PACKET_HASH_BYTES bytes written into `out` at `at` (no digest object per packet).
   */
  once(bytes: Uint8Array, out: Uint8Array, at: number): void;
}

export const portableSha256: HashFunction = {
  create: () => sha256.create(),
  once: (bytes, out, at) => out.set(sha256(bytes).subarray(0, PACKET_HASH_BYTES), at),
};

/** The packets to hash, by number: a PacketList, or a choice of its packets. */
export interface PacketRuns {
  readonly length: number;
  offset(i: number): number;
  size(i: number): number;
  parts(i: number): readonly number[] | undefined;
}

interface Extent {
  start: number;
  end: number;
  packet: number;
}

/**
 * Runs told out of file order are appended and sorted once before the next bytes are fed, so the
 * cost is n log n per sort. Sorting the runs still to come again and again (packets told out of
 * order between every two pieces) is bounded by this many runs sorted plus so many per packet;
 * past it updateAt() says the packets came too far out of order, and the caller reads the file the
 * random-access way (which sorts once).
 */
const RESORT_BUDGET = 1 << 20;
const RESORT_PER_PACKET = 8;

export class PacketRangeHasher {
  private readonly extents: ExtentColumns;
  /** Runs were appended out of order since the last sort. */
  private unsorted = false;
  private resorted = 0;
  /** Parts still to come of the packets begun and not finished, by packet number; absent means one. */
  private readonly partsLeft = new Map<number, number>();
  private added = 0;
  private readonly states = new Map<number, StreamingHash>();
  private hashes = new Uint8Array(0);
  /** Runs begun in an earlier update and not yet ended (few: a packet's bytes span a piece's end). */
  private active: Extent[] = [];
  private next = 0;
  private position = 0;
  private done = 0;

  /** `reuse`: buffers of an earlier hasher that is done with (see SliceBuffers); digest() then returns a view of them. */
  constructor(
    packets: PacketRuns = new PacketList(),
    private readonly hash: HashFunction = portableSha256,
    reuse?: SliceBuffers,
  ) {
    const length = packets.length * PACKET_HASH_BYTES;
    this.extents = reuse ? reuse.extents.emptied(packets.length) : new ExtentColumns(Math.max(1024, packets.length));
    this.hashes = reuse && reuse.hashes.length >= length ? reuse.hashes.subarray(0, length) : new Uint8Array(length);
    for (let i = 0; i < packets.length; i++) this.addExtents(packets.offset(i), packets.size(i), packets.parts(i), false);
    // Packets are mostly listed in file order already (an MP4's sample table): then there is nothing to sort.
    if (!this.extents.sorted()) this.extents.sort();
  }

  /**
   * Adds a packet found while the file streams (packets are numbered in the order added); `parts`
   * as in Packet, when its bytes are not one run.
   * @throws RangeError if some of its bytes have already streamed past
   */
  add(offset: number, size: number, parts?: readonly number[]): void {
    this.addExtents(offset, size, parts, true);
  }

  private addExtents(offset: number, size: number, parts: readonly number[] | undefined, sorted: boolean): void {
    const packet = this.added++;
    const first = parts ? parts[0]! : offset;
    if (sorted && first < this.position) throw new RangeError(`packet ${packet} at ${first} has already streamed past`);
    // Empty parts need no bytes; a packet made only of them is hashed as empty right away.
    let count = 0;
    const runs = parts ?? [offset, size];
    for (let i = 0; i < runs.length; i += 2) {
      const start = runs[i]!;
      const length = runs[i + 1]!;
      if (length <= 0) continue;
      const extents = this.extents;
      if (sorted && extents.length > this.next && extents.starts[extents.length - 1]! > start) this.unsorted = true;
      extents.append(start, start + length, packet);
      count++;
    }
    if (count === 0) this.finishPacket(packet);
    else if (count > 1) this.partsLeft.set(packet, count);
  }

  /** The next file bytes, continuing where the previous call ended (the first call starts at 0). */
  update(bytes: Uint8Array): this {
    return this.updateAt(this.position, bytes);
  }

  /**
   * File bytes at `offset` ≥ the end of the previous call; bytes skipped must hold no packet.
   * @throws RangeError when packets were told too far out of file order (see RESORT_BUDGET)
   */
  updateAt(offset: number, bytes: Uint8Array): this {
    if (offset < this.position) throw new RangeError(`updateAt(${offset}) goes back before ${this.position}`);
    this.settle();
    const end = offset + bytes.length;
    const still: Extent[] = [];
    for (const extent of this.active) this.feed(extent.start, extent.end, extent.packet, offset, bytes, still);
    const { starts, ends, packets } = this.extents;
    for (; this.next < this.extents.length && starts[this.next]! < end; this.next++) {
      const start = starts[this.next]!;
      if (start < offset) throw new RangeError(`bytes at ${start} of packet ${packets[this.next]} were skipped`);
      this.feed(start, ends[this.next]!, packets[this.next]!, offset, bytes, still);
    }
    this.active = still;
    this.position = end;
    // Runs behind the stream are done with: drop them now and then, so a long stream's list stays short.
    if (this.next >= 4096 && this.next * 2 >= this.extents.length) {
      this.extents.drop(this.next);
      this.next = 0;
    }
    return this;
  }

  /** Hashes what `bytes` (at `offset`) hold of the run [start, end) of `packet`; keeps it in `still` if it goes on. */
  private feed(start: number, end: number, packet: number, offset: number, bytes: Uint8Array, still: Extent[]): void {
    const bytesEnd = offset + bytes.length;
    // A packet whose bytes are all here in one piece is hashed in one call, without a hash state.
    if (start >= offset && end <= bytesEnd && !this.partsLeft.has(packet) && !this.states.has(packet)) {
      this.hashes = grownTo(this.hashes, (packet + 1) * PACKET_HASH_BYTES);
      this.hash.once(bytes.subarray(start - offset, end - offset), this.hashes, packet * PACKET_HASH_BYTES);
      this.done++;
      return;
    }
    const from = Math.max(start, offset);
    const to = Math.min(end, bytesEnd);
    if (to > from) this.state(packet).update(bytes.subarray(from - offset, to - offset));
    if (end > bytesEnd) {
      still.push({ start, end, packet });
      return;
    }
    const left = (this.partsLeft.get(packet) ?? 1) - 1;
    if (left > 1) this.partsLeft.set(packet, left);
    else if (left === 1) this.partsLeft.delete(packet);
    else this.finishPacket(packet);
  }

  /** Puts runs told out of order in their place. @throws RangeError past the re-sorting budget */
  private settle(): void {
    if (!this.unsorted) return;
    this.unsorted = false;
    this.resorted += this.extents.length - this.next;
    if (this.resorted > RESORT_BUDGET + RESORT_PER_PACKET * this.added) {
      throw new RangeError('packets are told too far out of file order to hash them as the file streams');
    }
    this.extents.sort(this.next);
  }

  /** Where the next needed byte is (Infinity when every packet is hashed), for callers that skip gaps. */
  nextNeeded(): number {
    this.settle();
    if (this.active.length > 0) return this.position;
    return this.next < this.extents.length ? this.extents.starts[this.next]! : Infinity;
  }

  /**
   * The end of the needed bytes from nextNeeded(): packets closer together than `gap` count as one
   * run, and the run stops at `limit` bytes. Reading just that skips other tracks' data.
   */
  neededEnd(gap: number, limit: number): number {
    const start = this.nextNeeded();
    let end = start;
    for (const extent of this.active) end = Math.max(end, extent.end);
    const { starts, ends, length } = this.extents;
    for (let k = this.next; k < length && end - start < limit; k++) {
      if (starts[k]! > end + gap) break;
      end = Math.max(end, ends[k]!);
    }
    return Math.min(end, start + limit);
  }

  /** PACKET_HASH_BYTES per packet, in packet order. @throws RangeError if the stream ended early */
  digest(): Uint8Array {
    if (this.done < this.added) throw new RangeError(`the bytes ended with ${this.added - this.done} packet(s) incomplete`);
    // Exactly the hashes (the streaming pass grows its buffer by doubling): a table keeps them for the whole comparison.
    const length = this.added * PACKET_HASH_BYTES;
    return this.hashes.length === length ? this.hashes : this.hashes.slice(0, length);
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
    this.hashes = grownTo(this.hashes, (packet + 1) * PACKET_HASH_BYTES);
    this.hashes.set(digest.subarray(0, PACKET_HASH_BYTES), packet * PACKET_HASH_BYTES);
    this.done++;
  }
}

const PIECE = 1024 * 1024;
/** Gaps smaller than this between packets are read through rather than skipped. */
const GAP = 4 * 1024;

/**
 * The buffers of hashing packets a slice at a time (FoundPacketHashes.finish), made once and reused:
 * made anew per slice they came to 32 bytes a packet that waited for the collector, through the
 * fingerprint's whole read.
 */
export class SliceBuffers {
  readonly extents: ExtentColumns;
  readonly hashes: Uint8Array<ArrayBuffer>;
  readonly piece = new Uint8Array(PIECE);

  /** `slice`: the most packets hashed per call. */
  constructor(slice: number) {
    this.extents = new ExtentColumns(slice);
    this.hashes = new Uint8Array(slice * PACKET_HASH_BYTES);
  }
}

/**
 * Hashes the packets by reading only the parts of the file that hold them, a piece at a time.
 * `reuse`: for callers hashing in several calls; the result is then a view of its buffers, valid until the next call.
 */
export async function hashPackets(source: ByteSource, packets: PacketRuns, hash: HashFunction = portableSha256, reuse?: SliceBuffers): Promise<Uint8Array> {
  const hasher = new PacketRangeHasher(packets, hash, reuse);
  // Hashing consumes each piece at once, so one buffer serves every read when the source can fill it.
  const buffer = source.readInto && packets.length > 0 ? (reuse?.piece ?? new Uint8Array(PIECE)) : null;
  for (let at = hasher.nextNeeded(); at !== Infinity; at = hasher.nextNeeded()) {
    if (at >= source.size) throw new MediaError(source.name, at, 'a packet lies beyond the end of the file');
    const length = Math.min(hasher.neededEnd(GAP, PIECE), source.size) - at;
    const bytes = buffer ? buffer.subarray(0, await source.readInto!(at, buffer.subarray(0, length))) : await source.read(at, length);
    if (bytes.length === 0) throw new MediaError(source.name, at, 'the file could not be read here');
    hasher.updateAt(at, bytes);
  }
  return hasher.digest();
}
