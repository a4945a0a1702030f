// The packet layer after the fingerprint's read: packetLayer() reads the container through its own
// random-access source (the file is in the page cache by then), every track in one walk. It reads
// only headers and packets and holds no copies of the main read's blocks; StreamingPacketLayer would
// need each 8 MiB block copied and kept until its reader has passed it, which measured +110 MB peak
// RSS on a 1 GiB MP4. WAV is left to the byte layer, which places its
// edits to the sample rather than to a 1024-frame block. A malformed container is not an error
// here: the byte layer still compares the file and the sound is still decoded; the pass ends
// without a layer and says why, for the report.
import type { FileDescription } from '../../shared/fingerprint/describe-file.ts';
import { DETECT_BYTES, detectContainer } from '../../shared/media/detect-container.ts';
import { MediaError } from '../../shared/media/media-error.ts';
import { packetLayer, type PacketLayer } from '../../shared/media/packets/packet-layer.ts';
import type { TrackTable } from '../../shared/media/packets/track-tables.ts';
import { windowedFileSource } from './windowed-file-source.ts';
import { nodeSha256 } from './node-sha256.ts';
import type { OpenedInput } from './open-input.ts';

export interface PacketPass {
  /** Null when there are no packets to read, or the container could not be read. */
  layer: PacketLayer | null;
  /** Why the container could not be read (the reader's message, with the byte offset); null when it could. */
  problem: string | null;
  /** The tracks beside the first sound (picture, more sound), read in the same walk; null when the container could not be read. */
  tracks: TrackTable[] | null;
}

/** Reads the packets. */
export function startPacketPass(input: OpenedInput, head: Uint8Array, described: FileDescription): Promise<PacketPass> {
  if (described.wav !== null || detectContainer(head.subarray(0, DETECT_BYTES), input.path) === 'unknown') return Promise.resolve({ layer: null, problem: null, tracks: [] });
  return packetLayer(windowedFileSource(input), nodeSha256, { everyTrack: true }).then(
    ({ tracks, ...layer }) => ({ layer, problem: null, tracks: tracks ?? [] }),
    (error: unknown) => {
      if (error instanceof MediaError) return { layer: null, problem: error.described, tracks: null };
      throw error;
    },
  );
}
