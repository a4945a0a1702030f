// A container reader's result across postMessage: the packets as columns and the plain fields (the
// byte→time map, functions, cannot be cloned; the main thread makes its own). The page reads a file's
// container once, in the fingerprint worker, and hands the result to the main thread (times in the
// report) and from there to the audio decoding worker, which would otherwise read it all again.
import { columnBuffers, PacketList, type PacketColumns } from '../../../shared/media/packets/packet-list.ts';
import type { MediaReadResult } from '../../../shared/media/types.ts';

/** What the audio path needs of a reader's result; the report's byte→time map is made where it is used. */
export type MediaPackets = Omit<MediaReadResult, 'timeMap'>;

export type MediaTransfer = Omit<MediaPackets, 'packets'> & { packets: PacketColumns };

export function toTransfer(result: MediaPackets): MediaTransfer {
  const { codec, timebase, tracks, truncated, container, duration } = result;
  const transfer: MediaTransfer = { codec, timebase, tracks, truncated, container, duration, packets: result.packets.columns() };
  if (result.sampleRate !== undefined) transfer.sampleRate = result.sampleRate;
  if (result.channels !== undefined) transfer.channels = result.channels;
  if (result.decoderConfig !== undefined) transfer.decoderConfig = result.decoderConfig;
  if (result.note !== undefined) transfer.note = result.note;
  if (result.skipped !== undefined) transfer.skipped = result.skipped;
  if (result.endsEarly !== undefined) transfer.endsEarly = result.endsEarly;
  return transfer;
}

/** The buffers of a transfer's packet columns, to pass in postMessage's transfer list. */
export function transferables(transfer: MediaTransfer): ArrayBuffer[] {
  return columnBuffers(transfer.packets);
}

export function fromTransfer(transfer: MediaTransfer): MediaPackets {
  return { ...transfer, packets: PacketList.fromColumns(transfer.packets) };
}
