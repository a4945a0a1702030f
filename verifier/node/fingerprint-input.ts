// The Node fast path for a fingerprint, using both cores: the main thread reads large blocks and
// runs node:crypto SHA-256 over the whole file; a worker thread finds the chunk boundaries and hashes
// each chunk. A fixed pool of blocks travels back and forth (transferred, not copied), which bounds
// memory whatever the file size. The chunks equal the pure Fingerprinter's exactly (tested). The
// packet layer reads the container after that (packet-pass.ts): beside the read, its tables came on
// top of the read's 32 MB of blocks and its worker, and the peak grew with the recording's length
// (154 → 218 MB from one to three hours of 720p); after it, the two peaks do not add (116 → 137 MB),
// for some 0.4 s more an hour of video (the pass is then not hidden behind the read).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CHUNKING } from '../../shared/fingerprint/chunk-params.ts';
import { chunkBoundaries, describeFile, HEAD_CAPTURE_BYTES } from '../../shared/fingerprint/describe-file.ts';
import type { ChunkList, Fingerprint } from '../../shared/fingerprint/fingerprint.ts';
import { DETECT_BYTES, detectContainer } from '../../shared/media/detect-container.ts';
import type { PacketLayer } from '../../shared/media/packets/packet-layer.ts';
import type { TrackTable } from '../../shared/media/packets/track-tables.ts';
import { WavHeaderError } from '../../shared/media/containers/wav-header.ts';
import type { ChunkReply, ChunkRequest } from './chunk-worker.ts';
import { InputError } from './input-error.ts';
import { readAt, type OpenedInput } from './open-input.ts';
import { startPacketPass } from './packet-pass.ts';

const BLOCK_BYTES = 8 * 1024 * 1024;
const BLOCKS_IN_FLIGHT = 4;

export interface FingerprintOptions {
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** The bundled worker; tests pass their own build. */
  workerUrl?: URL;
}

export interface InputFingerprint {
  /** With the `packets` section when the container was read. */
  fingerprint: Fingerprint;
  /** The packet layer's result (its table and byte→time map); null for WAV, unknown or malformed containers. */
  media: PacketLayer | null;
  /** Why the packet layer could not read the file's container (the file is still compared by bytes and sound); null when it could. */
  packetProblem: string | null;
  /** The tables of the tracks beside the first sound; null when the container could not be read. */
  tracks: TrackTable[] | null;
}

export async function fingerprintInput(input: OpenedInput, options: FingerprintOptions = {}): Promise<InputFingerprint> {
  // The header first, so a lying WAV header fails before gigabytes are hashed.
  const head = await readAt(input, 0, HEAD_CAPTURE_BYTES);
  const described = describeOrFail(input, head);
  const whole = createHash('sha256');
  let chunks: ChunkList | null = null;

  const worker = new Worker(options.workerUrl ?? new URL('./chunk-worker.mjs', import.meta.url), {
    workerData: chunkBoundaries(described, input.size),
  });
  const free: ArrayBuffer[] = Array.from({ length: BLOCKS_IN_FLIGHT }, () => new ArrayBuffer(BLOCK_BYTES));
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  let done = 0;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (reply: ChunkReply) => {
    const { buffer, length } = reply;
    chunks = reply.chunks ?? chunks;
    done += length;
    options.onProgress?.(done, input.size);
    free.push(buffer);
    notify();
  });
  worker.on('error', (e) => {
    failure = e;
    notify();
  });
  const next = async (ready: () => boolean): Promise<void> => {
    while (!ready()) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  };

  try {
    for (let offset = 0; offset < input.size; offset += BLOCK_BYTES) {
      await next(() => free.length > 0);
      const buffer = free.pop()!;
      const length = Math.min(BLOCK_BYTES, input.size - offset);
      whole.update(await readAt(input, offset, length, new Uint8Array(buffer, 0, length)));
      const request: ChunkRequest = { buffer, length, last: offset + length >= input.size };
      worker.postMessage(request, [buffer]);
    }
    await next(() => chunks !== null);
  } finally {
    await worker.terminate();
  }
  // The blocks are done with: let them go before the pass allocates its own.
  free.length = 0;
  const { layer: media, problem: packetProblem, tracks } = await startPacketPass(input, head, described);
  // A container that could not be read is still the one its signature names: the sound is decoded as that.
  const fromMedia =
    media && media.result.packets.length > 0
      ? { container: media.result.container, duration: media.result.duration }
      : packetProblem && described.container === null
        ? { container: detectContainer(head.subarray(0, DETECT_BYTES), input.path) }
        : null;
  const fingerprint: Fingerprint = {
    // The name only, not the path: a fingerprint file may travel, the user's folders need not.
    file: { name: basename(input.path), bytes: input.size, sha256: whole.digest('hex'), ...described, ...fromMedia },
    chunking: { ...CHUNKING },
    chunks: chunks!,
  };
  if (media?.section) fingerprint.packets = media.section;
  return { fingerprint, media, packetProblem, tracks };
}

function describeOrFail(input: OpenedInput, head: Uint8Array): ReturnType<typeof describeFile> {
  try {
    return describeFile(head, input.size);
  } catch (e) {
    if (e instanceof WavHeaderError) throw new InputError(input.path, e.message);
    throw e;
  }
}
