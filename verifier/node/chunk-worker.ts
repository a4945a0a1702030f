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
parentPort?.on('message', ({ buffer, length, last }: ChunkRequest) => {
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
