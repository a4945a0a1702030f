// The packet layer beside the page's single read, as verifier/node/packet-pass.ts does for the CLI:
// pieces are fed to StreamingPacketLayer as they are read; a file that needs random access (MP3
// tags at the end, an MP4 whose index follows the media data) is read again through packetLayer().
// WAV is left to the byte layer (exact to the sample). A malformed container is not an error: the
// byte layer still compares the file, so the pass ends without a layer and says why, for the report
// (as the CLI's does).
import type { FileDescription } from '../../../shared/fingerprint/describe-file.ts';
import { DETECT_BYTES, detectContainer } from '../../../shared/media/detect-container.ts';
import { MediaError } from '../../../shared/media/media-error.ts';
import { packetLayer, StreamingPacketLayer, type PacketLayer } from '../../../shared/media/packets/packet-layer.ts';
import { blobByteSource } from './blob-byte-source.ts';

export interface PacketPassResult {
  /** Null when the container could not be read. */
  layer: PacketLayer | null;
  /** Why the container could not be read (the reader's message, with the byte offset); null when it could. */
  problem: string | null;
}

export interface PacketPass {
  /** The next piece of the file, in order; the layer keeps it for a while, so it must not be reused. */
  update(piece: Uint8Array): Promise<void>;
  finish(): Promise<PacketPassResult>;
}

/** @returns null when the file is WAV or of no container the packet layer reads */
export function startPacketPass(file: File, head: Uint8Array, described: FileDescription): PacketPass | null {
  if (described.wav !== null || detectContainer(head.subarray(0, DETECT_BYTES), file.name) === 'unknown') return null;
  const streaming = new StreamingPacketLayer(file.name, file.size, undefined, { everyTrack: true });
  return {
    update: (piece) => streaming.update(piece),
    finish: async () => {
      try {
        return { layer: (await streaming.finish()) ?? (await packetLayer(blobByteSource(file), undefined, { everyTrack: true })), problem: null };
      } catch (error) {
        if (error instanceof MediaError) return { layer: null, problem: error.described };
        throw error;
      }
    },
  };
}
