// The packet layer beside the fingerprint's read: packetLayer() reads the container through its own
// random-access source while the main read runs, concurrently. It reads only headers and audio
// packets (for a video, a small share of the file), holds no copies of the main read's blocks, and
// so keeps memory flat; StreamingPacketLayer would need each 8 MiB block copied and kept until its
// reader has passed it, which measured +110 MB peak RSS on a 1 GiB MP4. WAV is left to the byte
// layer, which places its edits to the sample rather than to a 1024-frame block. A malformed
// container is not an error here: the byte layer still compares the file, so the pass ends with null.
import type { FileDescription } from '../../shared/fingerprint/describe-file.ts';
import { DETECT_BYTES, detectContainer } from '../../shared/media/detect-container.ts';
import { MediaError } from '../../shared/media/media-error.ts';
import { packetLayer, type PacketLayer } from '../../shared/media/packet-layer.ts';
import { windowedFileSource } from './windowed-file-source.ts';
import { nodeSha256 } from './node-sha256.ts';
import type { OpenedInput } from './open-input.ts';

/** Starts reading the packets at once; the promise settles with null when there are none to read. */
export function startPacketPass(input: OpenedInput, head: Uint8Array, described: FileDescription): Promise<PacketLayer | null> {
  if (described.wav !== null || detectContainer(head.subarray(0, DETECT_BYTES), input.path) === 'unknown') return Promise.resolve(null);
  return packetLayer(windowedFileSource(input), nodeSha256).catch((error: unknown) => {
    if (error instanceof MediaError) return null;
    throw error;
  });
}
