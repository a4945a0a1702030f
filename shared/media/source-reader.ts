// Bounded, windowed reading over a ByteSource. Readers ask for small pieces at increasing offsets;
// one 64 KiB window serves most of them. Every request and loop step is counted against a budget so
// that a malformed file cannot make a reader spin, and no single request may exceed MAX_PIECE.
// When the source can fill a buffer (readInto), the window is one buffer refilled in place, so a
// long video's tens of thousands of windows cost no allocation: a peek() is then valid only until
// the next read, and bytes() hands out copies of what it returns from that buffer.
import type { ByteSource } from './byte-source.ts';
import { MediaError } from './media-error.ts';

const WINDOW = 64 * 1024;
/** After a jump, only this much is read: the next header is near. */
const JUMP_WINDOW = 4 * 1024;
/** Larger pieces (a moov box, a Tracks element) are read into a fresh buffer and do not become the window. */
const BUFFER = 4 * WINDOW;
/** The largest single piece a reader may hold (a moov box, a Tracks element, an Ogg page is far less). */
export const MAX_PIECE = 64 * 1024 * 1024;

export class SourceReader {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  /** The window's reused storage; null when the source only hands out fresh buffers. */
  private readonly buffer: Uint8Array | null;
  /** End of the previous request, to tell a scan from a skip. */
  private lastEnd = 0;
  private stepsLeft: number;

  constructor(
    readonly source: ByteSource,
    /** Loop steps allowed; the default scales with the file so a real file never meets it. */
    steps = 10_000 + source.size * 4,
  ) {
    this.stepsLeft = steps;
    this.buffer = source.readInto ? new Uint8Array(BUFFER) : null;
  }

  get size(): number {
    return this.source.size;
  }

  fail(offset: number, problem: string): never {
    throw new MediaError(this.source.name, offset, problem);
  }

  /** Call once per loop iteration of a parser; throws when the budget is spent. */
  step(offset: number): void {
    if (--this.stepsLeft < 0) this.fail(offset, 'the file makes the reader loop too long');
  }

  /**
   * Up to `length` bytes at `offset`, shorter only at the end of the file, for a header parsed on the
   * spot: the view may change at this reader's next peek() or bytes(). Use bytes() for what is kept.
   */
  async peek(offset: number, length: number): Promise<Uint8Array> {
    if (length > MAX_PIECE) this.fail(offset, `a ${length}-byte element is larger than the ${MAX_PIECE}-byte limit`);
    const held = this.held(offset, length);
    if (held) return held;
    const end = Math.min(offset + length, this.size);
    const lastEnd = this.lastEnd;
    this.lastEnd = end;
    if (offset < 0 || offset >= end) return new Uint8Array(0);
    this.step(offset);
    // A reader going on from its last request (a frame scan) gets a full window; one that has just
    // skipped data (a video block, an mdat) gets a small one, so skipped data is not read.
    const skipped = offset - lastEnd > WINDOW;
    const want = Math.min(Math.max(end - offset, skipped ? JUMP_WINDOW : WINDOW), this.size - offset);
    if (want > BUFFER) return (await this.source.read(offset, want)).subarray(0, end - offset);
    // No window while the buffer is being refilled, should the read fail half-way.
    this.window = new Uint8Array(0);
    if (this.buffer) this.window = this.buffer.subarray(0, await this.source.readInto!(offset, this.buffer.subarray(0, want)));
    else this.window = await this.source.read(offset, want);
    this.windowStart = offset;
    return this.window.subarray(0, end - offset);
  }

  /** Exactly `length` bytes at `offset`, the caller's to keep, or a MediaError saying the file ends early. */
  async bytes(offset: number, length: number): Promise<Uint8Array> {
    const piece = await this.peek(offset, length);
    if (piece.length < length) this.fail(offset, `the file ends inside a ${length}-byte structure`);
    return this.buffer !== null && piece.buffer === this.buffer.buffer ? piece.slice() : piece;
  }

  /**
   * What peek() gives, when the window holds it; else null. It neither reads nor waits: for hashing
   * a packet the reader has just found, and for hot loops that only fall back to peek().
   */
  held(offset: number, length: number): Uint8Array | null {
    const at = this.heldAt(offset, length);
    return at < 0 ? null : this.window.subarray(at, Math.min(offset + length, this.size) - this.windowStart);
  }

  /**
   * Where `offset` is in windowBytes when the window holds what peek(offset, length) gives; else -1.
   * For the hottest loops (a WebM block header), which parse in place without even a view.
   */
  heldAt(offset: number, length: number): number {
    const end = Math.min(offset + length, this.size);
    const from = offset - this.windowStart;
    if (from < 0 || end <= offset || end - this.windowStart > this.window.length) return -1;
    this.lastEnd = end;
    return from;
  }

  /** The window's bytes (heldAt() says where), valid as long as a peek()'s view. */
  get windowBytes(): Uint8Array {
    return this.window;
  }
}

export function u16be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
}

export function u24be(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
}

export function u32be(b: Uint8Array, i: number): number {
  return (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;
}

/** 64-bit big-endian as a number; exact up to 2^53, which every real offset and time stays below. */
export function u64be(b: Uint8Array, i: number): number {
  return u32be(b, i) * 2 ** 32 + u32be(b, i + 4);
}

export function u16le(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

export function u32le(b: Uint8Array, i: number): number {
  return u16le(b, i) + u16le(b, i + 2) * 65536;
}

export function ascii(b: Uint8Array, i: number, n: number): string {
  let s = '';
  for (let k = 0; k < n; k++) s += String.fromCharCode(b[i + k] ?? 0);
  return s;
}
