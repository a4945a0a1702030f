// Content-defined chunking (FastCDC-style gear hash with normalised chunking). Cut points depend only
// on the bytes, never on how they were fed: the state (bytes in the current chunk, rolling hash)
// carries across update() calls. Offsets are JS numbers, exact to 2^53, so files beyond 4 GiB work.
// Optional fixed boundaries (the start and end of a WAV file's audio data) end a chunk and restart
// chunking there, so a changed header never disturbs the chunks of the audio. The hash loop itself
// is a GearScanner: WebAssembly where the runtime has it, else the JavaScript reference.
import { CHUNK_AVG, CHUNK_MAX, CHUNK_MIN, MASK_EASY, MASK_HARD } from './chunk-params.ts';
import { createGearScanner, type GearScanner } from './gear-scanner.ts';

export class Chunker {
  /** Absolute offset of the next byte to be fed. */
  private offset = 0;
  /** Bytes already in the current (unfinished) chunk. */
  private length = 0;
  private hash = 0;
  private readonly boundaries: number[];

  /** @param boundaries absolute offsets where a chunk must end, in any order */
  constructor(
    boundaries: readonly number[] = [],
    private readonly scanner: GearScanner = createGearScanner(),
  ) {
    this.boundaries = boundaries.filter((b) => b > 0).sort((a, b) => b - a);
  }

  /**
   * Feeds the next bytes.
   * @returns the absolute end offsets of the chunks completed by these bytes
   */
  update(bytes: Uint8Array): number[] {
    const cuts: number[] = [];
    let at = 0;
    while (at < bytes.length) {
      const boundary = this.boundaries[this.boundaries.length - 1];
      const end = boundary === undefined ? bytes.length : Math.min(bytes.length, at + boundary - this.offset);
      this.scanSegment(bytes.subarray(at, end), cuts);
      at = end;
      if (boundary !== undefined && this.offset === boundary) {
        if (this.length > 0) this.cut(cuts);
        this.boundaries.pop();
      }
    }
    return cuts;
  }

  /** Ends the stream. @returns the end offset of the last chunk, or null if no bytes are pending. */
  finish(): number | null {
    const end = this.length > 0 ? this.offset : null;
    this.length = 0;
    this.hash = 0;
    return end;
  }

  private scanSegment(bytes: Uint8Array, cuts: number[]): void {
    const n = bytes.length;
    const base = this.offset;
    let i = 0;
    // Only when some byte lies past the minimum size, i.e. may be hashed.
    if (this.length + n > CHUNK_MIN) this.scanner.load(bytes);
    while (i < n) {
      if (this.length < CHUNK_MIN) {
        // FastCDC skips the minimum size: no cut can fall there, so the hash need not run.
        const skip = Math.min(CHUNK_MIN - this.length, n - i);
        i += skip;
        this.length += skip;
        continue;
      }
      const easy = this.length >= CHUNK_AVG;
      const stop = Math.min(n, i + ((easy ? CHUNK_MAX : CHUNK_AVG) - this.length));
      const found = this.scanner.scan(i, stop, easy ? MASK_EASY : MASK_HARD, this.hash);
      this.hash = this.scanner.hash;
      const j = found < 0 ? stop : found;
      this.length += j - i;
      i = j;
      if (found >= 0 || this.length === CHUNK_MAX) {
        this.offset = base + i;
        this.cut(cuts);
      }
    }
    this.offset = base + n;
  }

  private cut(cuts: number[]): void {
    cuts.push(this.offset);
    this.length = 0;
    this.hash = 0;
  }
}
