// Makes a fingerprint from a byte stream in one pass: the recording code, the content-defined chunks
// with their hashes, and what the leading bytes say about the container. Pure and portable (noble
// SHA-256); the Node CLI has a parallel fast path that must give exactly the same result.
// The file size is given up front (a File and a stat both know it): the header is read from the
// first bytes before chunking starts, because a WAV file's audio data is chunked on its own.
import { sha256 } from '@noble/hashes/sha2.js';
import { CHUNK_HASH_BYTES, CHUNKING } from './chunk-params.ts';
import { Chunker } from './chunker.ts';
import { chunkBoundaries, describeFile, HEAD_CAPTURE_BYTES, type FileDescription } from './describe-file.ts';
import { ChunkListBuilder, type Fingerprint } from './fingerprint.ts';
import { RecordingCode } from './recording-code.ts';

export class Fingerprinter {
  private readonly code = new RecordingCode();
  private readonly chunks = new ChunkListBuilder();
  private chunkHash = sha256.create();
  private chunkStart = 0;
  private offset = 0;
  private readonly head: Uint8Array;
  private headFill = 0;
  private started: { chunker: Chunker; description: FileDescription } | null = null;

  constructor(
    private readonly name: string,
    private readonly size: number,
  ) {
    this.head = new Uint8Array(Math.min(HEAD_CAPTURE_BYTES, size));
  }

  /** @throws WavHeaderError as soon as the first bytes show a WAV header that lies */
  update(bytes: Uint8Array): this {
    let rest = bytes;
    if (!this.started) {
      const take = Math.min(rest.length, this.head.length - this.headFill);
      this.head.set(rest.subarray(0, take), this.headFill);
      this.headFill += take;
      rest = rest.subarray(take);
      if (this.headFill < this.head.length) return this;
      this.start();
    }
    this.process(rest);
    return this;
  }

  /** Ends the stream. @throws Error when fewer or more bytes came than the size given */
  finish(): Fingerprint {
    if (!this.started && this.headFill === this.head.length) this.start();
    if (!this.started || this.offset !== this.size) {
      throw new Error(`the stream gave ${Math.max(this.offset, this.headFill)} bytes, but the file has ${this.size}`);
    }
    const { chunker, description } = this.started;
    const end = chunker.finish();
    if (end !== null) this.endChunk(end);
    return {
      file: { name: this.name, bytes: this.size, sha256: this.code.digest(), ...description },
      chunking: { ...CHUNKING },
      chunks: this.chunks.build(CHUNK_HASH_BYTES),
    };
  }

  private start(): void {
    const description = describeFile(this.head, this.size);
    this.started = { chunker: new Chunker(chunkBoundaries(description, this.size)), description };
    this.process(this.head);
  }

  private process(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.code.update(bytes);
    let from = 0;
    for (const cut of this.started!.chunker.update(bytes)) {
      const to = cut - this.offset;
      this.chunkHash.update(bytes.subarray(from, to));
      this.endChunk(cut);
      from = to;
    }
    this.chunkHash.update(bytes.subarray(from));
    this.offset += bytes.length;
  }

  private endChunk(end: number): void {
    this.chunks.add(end - this.chunkStart, this.chunkHash.digest());
    this.chunkHash = sha256.create();
    this.chunkStart = end;
  }
}

/** The fingerprint of bytes already in memory. */
export function fingerprintOf(name: string, bytes: Uint8Array): Fingerprint {
  return new Fingerprinter(name, bytes.length).update(bytes).finish();
}
