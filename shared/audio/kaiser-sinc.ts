// Kaiser-windowed sinc low-pass taps (Kaiser's design formulas), for the fingerprint's resampler.

/** Modified Bessel function I0, by its power series (converges fast for the β used here). */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 50; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

export interface KaiserDesign {
  /** Centre of the transition band, as a fraction of the sampling rate. */
  cutoff: number;
  /** Width of the transition band, as a fraction of the sampling rate. */
  width: number;
  stopDb: number;
}

/** Half the filter's length in samples: the window spans (−half, half). */
export function kaiserHalfLength({ width, stopDb }: KaiserDesign): number {
  return Math.ceil((stopDb - 8) / (2.285 * 2 * Math.PI * width) / 2);
}

/**
 * The low-pass impulse response at `x` samples from its centre, for a window of `half` samples.
 * Callers normalise a set of taps to unit sum, so only shape matters here.
 */
export function kaiserSinc({ cutoff, stopDb }: KaiserDesign, half: number, x: number): number {
  const beta = 0.1102 * (stopDb - 8.7);
  const r = x / half;
  if (Math.abs(r) >= 1) return 0;
  const window = besselI0(beta * Math.sqrt(1 - r * r)) / besselI0(beta);
  const arg = 2 * cutoff * x;
  return (arg === 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg)) * window;
}

/** `taps` scaled to unit sum (unit gain at 0 Hz, so a constant stays exactly constant), as float32. */
export function normalise(taps: Float64Array): Float32Array {
  let sum = 0;
  for (const t of taps) sum += t;
  return Float32Array.from(taps, (t) => t / sum);
}
