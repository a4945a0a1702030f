// ffmpeg's decoded sound (f32le on a pipe) as float32 samples, without an array per chunk.

/**
 * ffmpeg's output as float32 samples: a chunk may end inside a sample, and its samples are copied
 * into one aligned buffer kept for the decoding. A fresh array for every 64 KiB chunk (and a joined
 * copy when a sample was split) came to some 240 MB of garbage for three hours, which the collector
 * let pile up beside the decoding.
 */
export class PcmChunks {
  private scratch = new Float32Array(16384);
  private readonly carry = new Uint8Array(4);
  private carried = 0;

  /** The chunk's whole samples, with the bytes left over from the chunk before; valid until the next call. */
  samplesOf(chunk: Uint8Array): Float32Array {
    const total = this.carried + chunk.length;
    const count = total >> 2;
    if (count === 0) {
      this.carry.set(chunk, this.carried);
      this.carried = total;
      return this.scratch.subarray(0, 0);
    }
    if (this.scratch.length < count) this.scratch = new Float32Array(count);
    const bytes = new Uint8Array(this.scratch.buffer, 0, count * 4);
    bytes.set(this.carry.subarray(0, this.carried));
    bytes.set(chunk.subarray(0, count * 4 - this.carried), this.carried);
    const rest = total - count * 4;
    this.carry.set(chunk.subarray(chunk.length - rest));
    this.carried = rest;
    return this.scratch.subarray(0, count);
  }
}
