// The packet layer for one file, for the fingerprint and the comparison: read the packets, hash
// them, make the fingerprint section; from a random-access source in one call, or alongside the
// fingerprint's single streaming pass. The read result stays available for its byte→time map,
// which places byte-level findings in seconds.
import type { ByteSource } from '../byte-source.ts';
import { MediaError } from '../media-error.ts';
import { FoundPacketHashes, PacketRangeHasher, portableSha256, type HashFunction } from './packet-hash.ts';
import { writePacketSection, type PacketSection } from './packet-section.ts';
import { packetTable, type PacketTable } from './packet-table.ts';
import { readPackets, type ReadOptions } from '../read-packets.ts';
import { RANDOM_ACCESS_NEEDED, StreamedByteSource } from '../streamed-byte-source.ts';
import type { PacketList } from './packet-list.ts';
import type { MediaReadResult } from '../types.ts';

export interface PacketLayer {
  result: MediaReadResult;
  /** Null when the file has no packets to compare (unknown container, no audio track). */
  table: PacketTable | null;
  section: PacketSection | null;
}

/** @throws MediaError when the container is malformed */
export async function packetLayer(source: ByteSource, hash: HashFunction = portableSha256, options: Omit<ReadOptions, 'onPacket'> = {}): Promise<PacketLayer> {
  const found = new FoundPacketHashes(hash);
  const result = await readPackets(source, { ...options, onPacket: (packets, index, bytes) => found.add(packets, index, bytes) });
  if (result.packets.length === 0) return { result, table: null, section: null };
  const table = packetTable(result, await found.finish(source));
  return { result, table, section: sectionOf(source.name, table) };
}

/** The section, or a MediaError when the file's times are too wild for it (they are then wrong anyway). */
function sectionOf(name: string, table: PacketTable): PacketSection {
  try {
    return writePacketSection(table);
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
  private readonly hasher: PacketRangeHasher;
  private readonly reading: Promise<MediaReadResult | MediaError>;
  private missedPacket = false;

  constructor(name: string, size: number, hash: HashFunction = portableSha256, options: ReadOptions & { retain?: number } = {}) {
    this.source = new StreamedByteSource(name, size, options.retain);
    this.hasher = new PacketRangeHasher(undefined, hash);
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
    this.source.onDrop = (start, bytes) => unlessMissed(() => this.hasher.updateAt(start, bytes));
    const onPacket = (packets: PacketList, index: number) => unlessMissed(() => this.hasher.add(packets.offset(index), packets.size(index), packets.parts(index)));
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
    if (result.packets.length === 0) return { result, table: null, section: null };
    const table = packetTable(result, this.hasher.digest());
    return { result, table, section: sectionOf(this.source.name, table) };
  }
}
