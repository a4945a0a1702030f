// A radix-2 FFT of real input (two stages per pass), written here because shared/ takes no
// dependencies. The real signal of length n is packed into a complex signal of length n/2,
// transformed, then untangled: half the work of a complex FFT, which matters at ~86 transforms per
// second of audio.

export class RealFft {
  readonly size: number;
  private readonly half: number;
  private readonly bitReverse: Uint32Array;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly stageCos: Float64Array;
  private readonly stageSin: Float64Array;
  /** The rectangular window, for unwindowed transforms. */
  private readonly flat: Float64Array;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 8 || (size & (size - 1)) !== 0) {
      throw new Error(`FFT size must be a power of two ≥ 8, got ${size}`);
    }
    this.size = size;
    const half = size / 2;
    this.half = half;
    this.flat = new Float64Array(size).fill(1);
    this.re = new Float64Array(half);
    this.im = new Float64Array(half);
    this.bitReverse = new Uint32Array(half);
    const bits = Math.log2(half);
    for (let i = 0; i < half; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.bitReverse[i] = r;
    }
    // Twiddles e^{-2πik/size} for the final untangling step.
    // Per-stage twiddles laid out contiguously: the stage of half-length h reads [h, 2h).
    this.stageCos = new Float64Array(half);
    this.stageSin = new Float64Array(half);
    for (let h = 1; h < half; h <<= 1) {
      for (let k = 0; k < h; k++) {
        this.stageCos[h + k] = Math.cos((Math.PI * k) / h);
        this.stageSin[h + k] = -Math.sin((Math.PI * k) / h);
      }
    }
    this.cos = new Float64Array(half);
    this.sin = new Float64Array(half);
    for (let k = 0; k < half; k++) {
      this.cos[k] = Math.cos((2 * Math.PI * k) / size);
      this.sin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
  }

  /** Writes |X[k]|² into `power[k - from]` for bins from ≤ k < to (to ≤ size/2). */
  power(input: ArrayLike<number>, power: Float64Array, from = 0, to = this.half): void {
    if (input.length !== this.size) throw new Error(`FFT input length ${input.length} ≠ ${this.size}`);
    this.windowedPower(input, 0, null, power, from, to);
  }

  /**
   * The power spectrum of input[offset .. offset + size) times `window` (null: no window): the
   * window is applied while loading, which saves a pass over the frame.
   */
  windowedPower(input: ArrayLike<number>, offset: number, window: Float64Array | null, power: Float64Array, from = 0, to = this.half): void {
    if (offset < 0 || offset + this.size > input.length) throw new Error(`FFT frame [${offset}, ${offset + this.size}) outside the input`);
    if (window && window.length !== this.size) throw new Error(`FFT window length ${window.length} ≠ ${this.size}`);
    if (from < 0 || to > this.half || from > to) throw new Error(`FFT bin range [${from}, ${to}) invalid`);
    this.transformPacked(input, offset, window ?? this.flat);
    const { re, im, cos, sin, half } = this;
    for (let k = from; k < to; k++) {
      const j = k === 0 ? 0 : half - k;
      const zr = re[k]!;
      const zi = im[k]!;
      const cr = re[j]!;
      const ci = -im[j]!;
      // Even part E = (Z[k] + conj Z[n/2-k]) / 2, odd part O = (Z[k] - conj Z[n/2-k]) / 2i.
      const er = (zr + cr) / 2;
      const ei = (zi + ci) / 2;
      const or = (zi - ci) / 2;
      const oi = -(zr - cr) / 2;
      const wr = cos[k]!;
      const wi = sin[k]!;
      const xr = er + wr * or - wi * oi;
      const xi = ei + wr * oi + wi * or;
      power[k - from] = xr * xr + xi * xi;
    }
  }

  private transformPacked(input: ArrayLike<number>, offset: number, w: Float64Array): void {
    const { re, im, bitReverse, half } = this;
    // The first two stages have trivial twiddles (1 and -i): one radix-4 pass does both while
    // loading the bit-reversed input.
    for (let i = 0; i < half; i += 4) {
      const p0 = bitReverse[i]!;
      const p1 = bitReverse[i + 1]!;
      const p2 = bitReverse[i + 2]!;
      const p3 = bitReverse[i + 3]!;
      const ar = input[offset + 2 * p0]! * w[2 * p0]!, ai = input[offset + 2 * p0 + 1]! * w[2 * p0 + 1]!;
      const br = input[offset + 2 * p1]! * w[2 * p1]!, bi = input[offset + 2 * p1 + 1]! * w[2 * p1 + 1]!;
      const cr = input[offset + 2 * p2]! * w[2 * p2]!, ci = input[offset + 2 * p2 + 1]! * w[2 * p2 + 1]!;
      const dr = input[offset + 2 * p3]! * w[2 * p3]!, di = input[offset + 2 * p3 + 1]! * w[2 * p3 + 1]!;
      const s0r = ar + br, s0i = ai + bi, d0r = ar - br, d0i = ai - bi;
      const s1r = cr + dr, s1i = ci + di, d1r = cr - dr, d1i = ci - di;
      re[i] = s0r + s1r;
      im[i] = s0i + s1i;
      re[i + 2] = s0r - s1r;
      im[i + 2] = s0i - s1i;
      // d1 · (-i) = (d1i, -d1r)
      re[i + 1] = d0r + d1i;
      im[i + 1] = d0i - d1r;
      re[i + 3] = d0r - d1i;
      im[i + 3] = d0i + d1r;
    }
    let h = 4;
    // Two radix-2 stages at a time (radix-2²): half the passes over memory, same multiplies.
    for (; 4 * h <= half; h <<= 2) this.radix4Stage(h);
    if (h < half) this.radix2Stage(h);
  }

  private radix2Stage(h: number): void {
    const { re, im, stageCos, stageSin, half } = this;
    for (let start = 0; start < half; start += 2 * h) {
      for (let k = 0; k < h; k++) {
        const wr = stageCos[h + k]!;
        const wi = stageSin[h + k]!;
        const a = start + k;
        const b = a + h;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        const xr = re[a]!;
        const xi = im[a]!;
        re[b] = xr - tr;
        im[b] = xi - ti;
        re[a] = xr + tr;
        im[a] = xi + ti;
      }
    }
  }

  /** The radix-2 stages of half-length h and 2h in one pass. */
  private radix4Stage(h: number): void {
    const { re, im, stageCos, stageSin, half } = this;
    const h2 = 2 * h;
    for (let start = 0; start < half; start += 4 * h) {
      for (let k = 0; k < h; k++) {
        const i0 = start + k;
        const i1 = i0 + h;
        const i2 = i0 + h2;
        const i3 = i2 + h;
        const w1r = stageCos[h + k]!;
        const w1i = stageSin[h + k]!;
        const w2r = stageCos[h2 + k]!;
        const w2i = stageSin[h2 + k]!;
        // Stage h: (x0, x1) and (x2, x3) with twiddle w1.
        const t1r = re[i1]! * w1r - im[i1]! * w1i;
        const t1i = re[i1]! * w1i + im[i1]! * w1r;
        const t3r = re[i3]! * w1r - im[i3]! * w1i;
        const t3i = re[i3]! * w1i + im[i3]! * w1r;
        const b0r = re[i0]! + t1r;
        const b0i = im[i0]! + t1i;
        const b1r = re[i0]! - t1r;
        const b1i = im[i0]! - t1i;
        const b2r = re[i2]! + t3r;
        const b2i = im[i2]! + t3i;
        const b3r = re[i2]! - t3r;
        const b3i = im[i2]! - t3i;
        // Stage 2h: (b0, b2) with twiddle w2, (b1, b3) with w2 · (-i).
        const u2r = b2r * w2r - b2i * w2i;
        const u2i = b2r * w2i + b2i * w2r;
        const u3r = b3r * w2i + b3i * w2r;
        const u3i = b3i * w2i - b3r * w2r;
        re[i0] = b0r + u2r;
        im[i0] = b0i + u2i;
        re[i2] = b0r - u2r;
        im[i2] = b0i - u2i;
        re[i1] = b1r + u3r;
        im[i1] = b1i + u3i;
        re[i3] = b1r - u3r;
        im[i3] = b1i - u3i;
      }
    }
  }
}
