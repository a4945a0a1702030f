// Worker thread of the Node fast path: finds the chunk boundaries and hashes each chunk while the
// main thread reads and hashes the whole file, so the two SHA-256 passes run on different cores.
// Each block comes in as a transferred buffer and goes back once chunked, so no bytes are copied
// and the main thread can reuse the buffer.
import { parentPort, workerData } from 'node:worker_threads';
import { Chunker } from '../../shared/fingerprint/chunker.ts';
import type { ChunkList } from '../../shared/fingerprint/fingerprint.ts';
import { ChunkHasher } from './chunk-hasher.ts';

export interface ChunkRequest {
  buffer: ArrayBuffer;
  length: number;
  last: boolean;
}

/**
 * The blocks, handed over when the read is done: they are freed with this worker when it ends, at
 * once, instead of waiting (32 MB) for the main thread's next full collection while the packet pass
 * allocates its tables.
 */
export interface ChunkRelease {
  release: ArrayBuffer[];
}

export interface ChunkReply {
  buffer: ArrayBuffer;
  length: number;
  /** With the last block: every chunk of the file. */
  chunks: ChunkList | null;
}

// workerData: the fixed chunk boundaries (see chunkBoundaries).
const chunker = new Chunker(workerData as number[]);
const hasher = new ChunkHasher();
let base = 0;
parentPort?.on('message', (message: ChunkRequest | ChunkRelease) => {
  if ('release' in message) return;
  const { buffer, length, last } = message;
  const block = new Uint8Array(buffer, 0, length);
  hasher.update(block, base, chunker.update(block));
  base += length;
  let chunks: ChunkList | null = null;
  if (last) {
    const end = chunker.finish();
    if (end !== null) hasher.endChunk(end);
    chunks = hasher.finish();
  }
  const reply: ChunkReply = { buffer, length, chunks };
  parentPort?.postMessage(reply, [buffer]);
});
