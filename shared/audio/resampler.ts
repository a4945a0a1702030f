// Streaming resampler for the audio fingerprint: planar channels at any input rate → mono (the mean
// of the channels) → anti-aliased low-pass → AUDIO_PARAMS.sampleRate, in two stages: an integer
// decimation to about 11–16 kHz with a short filter (its transition band is wide there), then one
// Kaiser-windowed sinc evaluated at each output sample's exact rational position in the input, from
// a polyphase table. Two stages take about a third of the multiplications of one. Every filter is
// centred on its output sample (no delay), and the result does not depend on how the input is split
// into pieces. The fingerprint reads 300–2000 Hz: that is passed within 0.2 dB, and everything from the
// output's Nyquist frequency (2756 Hz) up is attenuated by at least STOP_DB.

import { kaiserHalfLength, kaiserSinc, normalise, type KaiserDesign } from './kaiser-sinc.ts';
import { AUDIO_PARAMS } from './params.ts';

const OUTPUT_RATE = AUDIO_PARAMS.sampleRate;
const PASS_HZ = AUDIO_PARAMS.highHz;
const STOP_HZ = OUTPUT_RATE / 2;
const STOP_DB = 50;
/** The first stage decimates to no lower than this, so the second stage's filter stays short. */
const MIN_INTERMEDIATE_RATE = 11025;
/** Polyphase tables larger than this many coefficients are refused (a rate no real file has). */
const MAX_TABLE = 4_000_000;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The samples a stage still needs, as a window onto its input stream. */
class SampleWindow {
  buffer: Float32Array;
  private fill: number;
  /** Stream index of buffer[0]; negative at first, for the `pad` zeros before the stream. */
  start: number;
  /** Real (not padding) samples appended. */
  count = 0;

  constructor(pad: number) {
    this.buffer = new Float32Array(Math.max(8 * pad, 16384));
    this.fill = pad;
    this.start = -pad;
  }

  /** Stream index after the last sample held. */
  get end(): number {
    return this.start + this.fill;
  }

  /** Appends `samples` (or `length` zeros after the stream when null); drops samples before `keepFrom`. */
  append(samples: Float32Array | null, length: number, keepFrom: number): void {
    if (this.fill + length > this.buffer.length) {
      const drop = Math.max(0, Math.min(keepFrom - this.start, this.fill));
      const kept = this.fill - drop;
      if (kept + length <= this.buffer.length) this.buffer.copyWithin(0, drop, this.fill);
      else {
        const grown = new Float32Array(Math.max(kept + length, 2 * this.buffer.length));
        grown.set(this.buffer.subarray(drop, this.fill));
        this.buffer = grown;
      }
      this.fill = kept;
      this.start += drop;
    }
    if (samples) {
      this.buffer.set(samples.subarray(0, length), this.fill);
      this.count += length;
    } else this.buffer.fill(0, this.fill, this.fill + length);
    this.fill += length;
  }
}

interface Stage {
  /** The outputs that became ready. */
  push(samples: Float32Array): Float32Array;
  /** The outputs up to the end of the input, which is treated as followed by silence. */
  finish(): Float32Array;
}

/** Keeps every `factor`-th sample of the low-passed input: a symmetric FIR of 2·half+1 taps. */
class Decimator implements Stage {
  private readonly taps: Float32Array;
  private readonly half: number;
  private readonly input: SampleWindow;
  private next = 0;

  constructor(
    private readonly factor: number,
    inputRate: number,
  ) {
    const stopHz = inputRate / factor - STOP_HZ;
    const design: KaiserDesign = { cutoff: (PASS_HZ + stopHz) / 2 / inputRate, width: (stopHz - PASS_HZ) / inputRate, stopDb: STOP_DB };
    this.half = kaiserHalfLength(design);
    this.taps = normalise(Float64Array.from({ length: 2 * this.half + 1 }, (_, k) => kaiserSinc(design, this.half, k - this.half)));
    this.input = new SampleWindow(this.half);
  }

  push(samples: Float32Array): Float32Array {
    this.input.append(samples, samples.length, this.next * this.factor - this.half);
    return this.produce(Infinity);
  }

  finish(): Float32Array {
    this.input.append(null, this.half, this.next * this.factor - this.half);
    return this.produce(Math.ceil(this.input.count / this.factor));
  }

  private produce(limit: number): Float32Array {
    const { taps, half, factor, input } = this;
    const count = Math.max(0, Math.min(limit, Math.floor((input.end - 1 - half) / factor) + 1) - this.next);
    const out = new Float32Array(count);
    const buffer = input.buffer;
    let centre = this.next * factor - input.start;
    for (let n = 0; n < count; n++, centre += factor) {
      // Symmetric taps: one multiplication per pair.
      let sum = taps[half]! * buffer[centre]!;
      for (let k = 1; k <= half; k++) sum += taps[half + k]! * (buffer[centre - k]! + buffer[centre + k]!);
      out[n] = sum;
    }
    this.next += count;
    return out;
  }
}

/** Resamples by `outputRate / inputRate` exactly: a polyphase windowed sinc with one phase per output position. */
class RationalResampler implements Stage {
  private readonly table: Float32Array;
  private readonly taps: number;
  private readonly half: number;
  /** Each output advances `whole` input samples and `advance` phases of `phases`. */
  private readonly whole: number;
  private readonly advance: number;
  private readonly phases: number;
  private readonly input: SampleWindow;
  /** The next output's input position: sample `index` plus `phase / phases`. */
  private index = 0;
  private phase = 0;

  constructor(inputRate: number) {
    const g = gcd(inputRate, OUTPUT_RATE);
    const step = inputRate / g;
    this.phases = OUTPUT_RATE / g;
    this.whole = Math.floor(step / this.phases);
    this.advance = step % this.phases;
    // Below about 6.9 kHz the stop band would start under the pass band; narrow both with the rate.
    const passHz = Math.min(PASS_HZ, inputRate * 0.29);
    const stopHz = Math.min(STOP_HZ, inputRate * 0.4);
    const design: KaiserDesign = { cutoff: (passHz + stopHz) / 2 / inputRate, width: (stopHz - passHz) / inputRate, stopDb: STOP_DB };
    this.half = kaiserHalfLength(design);
    this.taps = 2 * this.half;
    if (this.taps * this.phases > MAX_TABLE) throw new RangeError(`audio at ${inputRate} Hz cannot be resampled to ${OUTPUT_RATE} Hz`);
    this.table = new Float32Array(this.taps * this.phases);
    for (let p = 0; p < this.phases; p++) {
      // Tap k reads input sample index − half + 1 + k for an output at index + p / phases.
      const row = Float64Array.from({ length: this.taps }, (_, k) => kaiserSinc(design, this.half, this.half - 1 - k + p / this.phases));
      this.table.set(normalise(row), p * this.taps);
    }
    this.input = new SampleWindow(this.half);
  }

  push(samples: Float32Array): Float32Array {
    this.input.append(samples, samples.length, this.index - this.half + 1);
    return this.produce(Infinity);
  }

  finish(): Float32Array {
    const end = this.input.count;
    this.input.append(null, this.half, this.index - this.half + 1);
    return this.produce(end);
  }

  /** Every output whose taps lie within the input held, and whose position is before `limit`. */
  private produce(limit: number): Float32Array {
    const { table, taps, half, whole, advance, phases, input } = this;
    const last = input.end - 1;
    let count = 0;
    for (let index = this.index, phase = this.phase; index + half <= last && index < limit; count++) {
      phase += advance;
      index += whole;
      if (phase >= phases) {
        phase -= phases;
        index++;
      }
    }
    const out = new Float32Array(count);
    const buffer = input.buffer;
    let index = this.index;
    let phase = this.phase;
    for (let n = 0; n < count; n++) {
      const first = index - half + 1 - input.start;
      const row = phase * taps;
      let sum = 0;
      for (let k = 0; k < taps; k++) sum += table[row + k]! * buffer[first + k]!;
      out[n] = sum;
      phase += advance;
      index += whole;
      if (phase >= phases) {
        phase -= phases;
        index++;
      }
    }
    this.index = index;
    this.phase = phase;
    return out;
  }
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  if (a.length === 0) return b;
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Feed planar PCM (one Float32Array per channel, all of one length) with update(); each call
 * returns the output samples that became ready. finish() returns the rest.
 */
export class Resampler {
  private readonly first: Decimator | null;
  private readonly second: RationalResampler;
  private finished = false;

  constructor(
    readonly inputRate: number,
    readonly channels: number,
  ) {
    if (!Number.isInteger(inputRate) || inputRate < 1000 || inputRate > 768_000) throw new RangeError(`audio sample rate ${inputRate} Hz is not supported`);
    if (!Number.isInteger(channels) || channels < 1 || channels > 32) throw new RangeError(`audio with ${channels} channels is not supported`);
    let factor = Math.max(1, Math.floor(inputRate / MIN_INTERMEDIATE_RATE));
    while (inputRate % factor !== 0) factor--;
    this.first = factor > 1 ? new Decimator(factor, inputRate) : null;
    this.second = new RationalResampler(inputRate / factor);
  }

  update(planar: readonly Float32Array[]): Float32Array {
    if (this.finished) throw new Error('Resampler: update() after finish()');
    if (planar.length !== this.channels) throw new RangeError(`Resampler: expected ${this.channels} channels, got ${planar.length}`);
    const mono = mix(planar);
    return this.second.push(this.first ? this.first.push(mono) : mono);
  }

  finish(): Float32Array {
    if (this.finished) throw new Error('Resampler: finish() called twice');
    this.finished = true;
    const pending = this.first ? this.second.push(this.first.finish()) : new Float32Array(0);
    return concat(pending, this.second.finish());
  }
}

/** The mean of the channels, as the standard down-mix does ((L + R) / 2 for stereo). */
function mix(planar: readonly Float32Array[]): Float32Array {
  const first = planar[0]!;
  const length = first.length;
  for (const channel of planar) if (channel.length !== length) throw new RangeError('Resampler: channels of different lengths');
  if (planar.length === 1) return first;
  const out = Float32Array.from(first);
  for (let c = 1; c < planar.length; c++) {
    const channel = planar[c]!;
    for (let i = 0; i < length; i++) out[i]! += channel[i]!;
  }
  const scale = 1 / planar.length;
  for (let i = 0; i < length; i++) out[i]! *= scale;
  return out;
}
