// Reading media files on disk through the packet layer, as the tests need it.
import { packetLayer } from '../../../shared/media/packets/packet-layer.ts';
import type { PacketTable } from '../../../shared/media/packets/packet-table.ts';
import { readPackets } from '../../../shared/media/read-packets.ts';
import type { MediaReadResult } from '../../../shared/media/types.ts';
import { fileByteSource } from './node-byte-source.ts';

export async function readPacketsOf(path: string): Promise<MediaReadResult> {
  const source = fileByteSource(path);
  try {
    return await readPackets(source);
  } finally {
    source.close();
  }
}

/** A file's packet table, as the fingerprint would hold it. */
export async function packetTableOf(path: string): Promise<PacketTable> {
  const source = fileByteSource(path);
  try {
    const { table } = await packetLayer(source);
    if (!table) throw new Error(`${path} has no packets`);
    return table;
  } finally {
    source.close();
  }
}
