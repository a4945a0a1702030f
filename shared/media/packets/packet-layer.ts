// The packet layer for one file, for the fingerprint and the comparison: read the packets, hash
// them, make the fingerprint section; from a random-access source in one call, or alongside the
// fingerprint's single streaming pass. The read result stays available for its byte→time map,
// which places byte-level findings in seconds. With `everyTrack` the same walk reads every other
// track's packets too, into `tracks` (track-tables.ts); an H.264 picture's by its NAL units
// (avc-picture-units.ts).
import type { ByteSource } from '../byte-source.ts';
import { MediaError } from '../media-error.ts';
import { trackHashing, type PictureHashing } from './avc-picture-units.ts';
import { FoundPacketHashes } from './found-packet-hashes.ts';
import { PacketRangeHasher, portableSha256, type HashFunction } from './packet-hash.ts';
import { checkPacketSection, writePacketSection, type PacketSection } from './packet-section.ts';
import { packetTable, type PacketTable } from './packet-table.ts';
import { trackTables, type TrackTable } from './track-tables.ts';
import { readPackets, type ReadOptions } from '../read-packets.ts';
import { RANDOM_ACCESS_NEEDED, StreamedByteSource } from '../streamed-byte-source.ts';
import type { PacketList } from './packet-list.ts';
import type { MediaReadResult, TrackCoding, TrackPackets } from '../types.ts';

/** The tracks whose packets were hashed otherwise than whole, by id. */
type HashMethods = Map<number, PictureHashing>;

/** The hash function for another track's packets; a track hashed by its picture's NAL units is noted in `methods`. */
function hashFor(base: HashFunction, methods: HashMethods, track: number, coding: TrackCoding | undefined): HashFunction {
  const { hash, method } = trackHashing(base, coding);
  if (method) methods.set(track, method);
  return hash;
}

export interface PacketLayer {
  result: MediaReadResult;
  /** Null when the file has no packets to compare (unknown container, no audio track). */
  table: PacketTable | null;
  section: PacketSection | null;
  /** With `everyTrack`: the tables of the tracks beside the first sound (picture, more sound). */
  tracks?: TrackTable[];
}

/** @throws MediaError when the container is malformed */
export async function packetLayer(source: ByteSource, hash: HashFunction = portableSha256, options: Omit<ReadOptions, 'onPacket'> = {}): Promise<PacketLayer> {
  const found = new FoundPacketHashes(hash);
  const foundOf = new Map<number, FoundPacketHashes>();
  const methods: HashMethods = new Map();
  const hashesOf = (track: number, coding?: TrackCoding): FoundPacketHashes =>
    foundOf.get(track) ?? foundOf.set(track, new FoundPacketHashes(hashFor(hash, methods, track, coding))).get(track)!;
  const read = await readPackets(source, {
    ...options,
    onPacket: (packets, index, bytes, track, coding) => (track === undefined ? found : hashesOf(track, coding)).add(packets, index, bytes),
  });
  return layerOf(source.name, read, options.everyTrack === true, methods, (track) => (track === undefined ? found : hashesOf(track)).finish(source));
}

/**
 * The layer from a read and its packets' hashes (`hashes(undefined)` for the chosen track's, by id
 * for another's), each track's taken in turn so only one track's hashing state is held at a time.
 * The other tracks' packet lists are dropped once their tables are made.
 */
async function layerOf(name: string, read: MediaReadResult, everyTrack: boolean, methods: HashMethods, hashes: (track?: number) => Promise<Uint8Array> | Uint8Array): Promise<PacketLayer> {
  const { others, ...result } = read;
  const table = result.packets.length === 0 ? null : packetTable(result, await hashes());
  const layer: PacketLayer = { result, table, section: table && fitsSection(name, table, writePacketSection) };
  if (everyTrack) {
    layer.tracks = await trackTables({ tracks: result.tracks, others }, async (track: TrackPackets) => {
      if (track.packets.length === 0) return null;
      const made = packetTable({ ...track, container: result.container }, await hashes(track.id));
      const method = methods.get(track.id);
      if (method) made.picture = method;
      // As the `tracks` section will hold it: times too wild for it fail this track only.
      fitsSection(name, made, checkPacketSection);
      return made;
    });
  }
  return layer;
}

/** The section written (or checked), or a MediaError when the file's times are too wild for it (they are then wrong anyway). */
function fitsSection<T>(name: string, table: PacketTable, write: (table: PacketTable) => T): T {
  try {
    return write(table);
  } catch (error) {
    if (error instanceof RangeError) throw new MediaError(name, 0, error.message);
    throw error;
  }
}

/**
 * The packet layer computed inside the fingerprint's single pass: feed it the file's bytes in order
 * (`await update(bytes)`), then `finish()`. The reader runs alongside on the streamed bytes and each
 * packet is hashed as its bytes go by, so nothing is read twice. Some files need random access
 * (an MP4 whose moov comes after its media data, an MP3 read from its tags at the end): then
 * finish() returns null and the caller uses packetLayer() on the file instead.
 */
export class StreamingPacketLayer {
  private readonly source: StreamedByteSource;
  /** The chosen track's hasher, and with `everyTrack` one per other track (by id), each fed every byte. */
  private readonly hasher: PacketRangeHasher;
  private readonly hashers = new Map<number, PacketRangeHasher>();
  private readonly methods: HashMethods = new Map();
  private readonly reading: Promise<MediaReadResult | MediaError>;
  private readonly everyTrack: boolean;
  private missedPacket = false;

  constructor(name: string, size: number, hash: HashFunction = portableSha256, options: ReadOptions & { retain?: number } = {}) {
    this.source = new StreamedByteSource(name, size, options.retain);
    this.hasher = new PacketRangeHasher(undefined, hash);
    this.everyTrack = options.everyTrack === true;
    // A packet told after its bytes went by, or packets told too far out of file order: the hashes
    // cannot be had in this pass, and finish() says random access is needed.
    const unlessMissed = (hash: () => void) => {
      if (this.missedPacket) return;
      try {
        hash();
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        this.missedPacket = true;
      }
    };
    const hasherOf = (track?: number, coding?: TrackCoding): PacketRangeHasher => {
      if (track === undefined) return this.hasher;
      let hasher = this.hashers.get(track);
      if (!hasher) this.hashers.set(track, (hasher = new PacketRangeHasher(undefined, hashFor(hash, this.methods, track, coding))));
      return hasher;
    };
    this.source.onDrop = (start, bytes) =>
      unlessMissed(() => {
        this.hasher.updateAt(start, bytes);
        for (const hasher of this.hashers.values()) hasher.updateAt(start, bytes);
      });
    const onPacket = (packets: PacketList, index: number, _bytes: Uint8Array | null, track?: number, coding?: TrackCoding) =>
      unlessMissed(() => hasherOf(track, coding).add(packets.offset(index), packets.size(index), packets.parts(index)));
    this.reading = readPackets(this.source, { ...options, onPacket })
      .catch((error: unknown) => {
        if (error instanceof MediaError) return error;
        throw error;
      })
      .finally(() => this.source.finishReading());
  }

  update(bytes: Uint8Array): Promise<void> {
    return this.source.update(bytes);
  }

  /** @throws MediaError when the container is malformed */
  async finish(): Promise<PacketLayer | null> {
    this.source.end();
    const result = await this.reading;
    if (result instanceof MediaError) {
      if (result.problem === RANDOM_ACCESS_NEEDED) return null;
      throw result;
    }
    if (this.missedPacket) return null;
    return layerOf(this.source.name, result, this.everyTrack, this.methods, (track) => (track === undefined ? this.hasher : this.hashers.get(track)!).digest());
  }
}
