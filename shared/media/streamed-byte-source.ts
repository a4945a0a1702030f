// A ByteSource over a file that streams past once, so a container reader can run alongside the
// fingerprint's single pass instead of reading the file a second time. Reads wait until their bytes
// have arrived. Memory stays bounded (by `retain` plus the largest read): the producer waits while
// the reader lags more than `retain` bytes behind, and bytes more than `retain` behind the reader are
// dropped (handed to `onDrop` first). A reader that goes back further than that (an MP3's tags at the end are read first) gets
// a MediaError with RANDOM_ACCESS_NEEDED, and the caller reads the file again the ordinary way.
import type { ByteSource } from './byte-source.ts';
import { MediaError } from './media-error.ts';

export const RANDOM_ACCESS_NEEDED = 'this reader needs bytes that have already streamed past';

interface Chunk {
  start: number;
  bytes: Uint8Array;
}

export class StreamedByteSource implements ByteSource {
  /** Called with every chunk as it is dropped, in file order, and with the rest at end(). */
  onDrop: ((start: number, bytes: Uint8Array) => void) | null = null;
  private readonly chunks: Chunk[] = [];
  private front = 0;
  private droppedUpTo = 0;
  private readerAt = 0;
  private readerDone = false;
  /** A read is waiting for bytes: the producer must go on whatever the lag. */
  private readerWaiting = false;
  private ended = false;
  private wakeReader: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  constructor(
    readonly name: string,
    readonly size: number,
    readonly retain = 16 * 1024 * 1024,
  ) {}

  /** The producer's next bytes; await it (it waits while the reader lags behind). */
  async update(bytes: Uint8Array): Promise<void> {
    this.chunks.push({ start: this.front, bytes });
    this.front += bytes.length;
    this.wake('reader');
    while (!this.readerDone && !this.readerWaiting && this.front - this.readerAt > this.retain) {
      await new Promise<void>((resume) => (this.wakeProducer = resume));
    }
    this.drop(Math.min(this.front, this.readerDone ? this.front : this.readerAt) - this.retain);
  }

  /** The producer is done: pending reads end at the file's end. */
  end(): void {
    this.ended = true;
    this.wake('reader');
    if (this.readerDone) this.drop(Infinity);
  }

  /** The reader is done: the producer need not wait for it; once both are done, all bytes go to onDrop. */
  finishReading(): void {
    this.readerDone = true;
    this.wake('producer');
    if (this.ended) this.drop(Infinity);
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    this.readerAt = Math.max(this.readerAt, offset);
    this.wake('producer');
    if (offset < this.droppedUpTo) throw new MediaError(this.name, offset, RANDOM_ACCESS_NEEDED);
    const end = Math.min(offset + length, this.size);
    while (this.front < end && !this.ended) {
      this.readerWaiting = true;
      this.wake('producer');
      await new Promise<void>((resume) => (this.wakeReader = resume));
    }
    this.readerWaiting = false;
    if (offset < this.droppedUpTo) throw new MediaError(this.name, offset, RANDOM_ACCESS_NEEDED);
    return this.copy(offset, Math.min(end, this.front));
  }

  private copy(from: number, to: number): Uint8Array {
    if (to <= from) return new Uint8Array(0);
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.chunks[mid]!.start + this.chunks[mid]!.bytes.length > from) hi = mid;
      else lo = mid + 1;
    }
    const first = lo;
    const chunk = this.chunks[first]!;
    if (to <= chunk.start + chunk.bytes.length) return chunk.bytes.subarray(from - chunk.start, to - chunk.start);
    const out = new Uint8Array(to - from);
    for (let k = first; k < this.chunks.length; k++) {
      const c = this.chunks[k]!;
      const a = Math.max(from, c.start);
      const b = Math.min(to, c.start + c.bytes.length);
      if (b <= a) break;
      out.set(c.bytes.subarray(a - c.start, b - c.start), a - from);
    }
    return out;
  }

  private drop(before: number): void {
    while (this.chunks.length > 0) {
      const chunk = this.chunks[0]!;
      if (chunk.start + chunk.bytes.length > before) break;
      this.chunks.shift();
      this.droppedUpTo = chunk.start + chunk.bytes.length;
      this.onDrop?.(chunk.start, chunk.bytes);
    }
  }

  private wake(who: 'reader' | 'producer'): void {
    const resume = who === 'reader' ? this.wakeReader : this.wakeProducer;
    if (who === 'reader') this.wakeReader = null;
    else this.wakeProducer = null;
    resume?.();
  }
}
