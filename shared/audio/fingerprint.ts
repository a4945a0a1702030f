// Streaming Haitsma–Kalker audio fingerprint: mono PCM at AUDIO_PARAMS.sampleRate in, one 32-bit
// sub-fingerprint per hop out. Bit m of sub-fingerprint k is the sign of the change, from frame k
// to frame k+1, of the energy difference between bands m and m+1. Signs of differences do not move
// when the level, the codec or light noise changes, which is what makes the bits robust.

import { RealFft } from './fft.ts';
import { AUDIO_PARAMS } from './params.ts';
import { grownTo } from '../grown-array.ts';

export interface AudioFingerprint {
  /** One per hop; see subFingerprintCentre() for their times. */
  subFingerprints: Uint32Array;
  /** Loudness (dB, see loudnessToDb) per block of AUDIO_PARAMS.loudnessBlock sub-fingerprints. */
  loudness: Uint8Array;
  /** PCM samples consumed, at AUDIO_PARAMS.sampleRate. */
  sampleCount: number;
}

/** Loudness bytes are half-dB steps from -100 dB (0) to +27.5 dB (255); 0 dB ≈ a full-scale sine. */
export function loudnessToDb(byte: number): number {
  return byte / 2 - 100;
}

function dbToLoudness(db: number): number {
  return Math.max(0, Math.min(255, Math.round((db + 100) * 2)));
}

const { sampleRate, frameSize, hop, bands, lowHz, highHz, loudnessBlock } = AUDIO_PARAMS;

function bandEdgeBins(): Uint32Array {
  const edges = new Uint32Array(bands + 1);
  for (let m = 0; m <= bands; m++) {
    const hz = lowHz * Math.pow(highHz / lowHz, m / bands);
    edges[m] = Math.round((hz * frameSize) / sampleRate);
  }
  return edges;
}

function hannWindow(): Float64Array {
  const w = new Float64Array(frameSize);
  for (let i = 0; i < frameSize; i++) w[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / frameSize);
  return w;
}

// A full-scale sine under a Hann window puts about 1.5 (N/4)² of power into its band.
const FULL_SCALE_POWER = 1.5 * (frameSize / 4) ** 2;

export class AudioFingerprinter {
  private readonly fft = new RealFft(frameSize);
  private readonly window = hannWindow();
  private readonly edges = bandEdgeBins();
  private readonly firstBin: number;
  private readonly spectrum: Float64Array;
  /** Recent samples; frames are read from it in place and it is shifted down when full. */
  private readonly buffer = new Float32Array(frameSize * 8);
  private fill = 0;
  private samples = 0;
  private nextFrameEnd = frameSize;
  private energies = new Float64Array(bands);
  private previous = new Float64Array(bands);
  private framesDone = 0;
  private out = new Uint32Array(4096);
  private count = 0;
  private loudness = new Uint8Array(512);
  private blockEnergy = 0;
  private finished = false;

  constructor() {
    this.firstBin = this.edges[0]!;
    this.spectrum = new Float64Array(this.edges[bands]! - this.firstBin);
  }

  update(pcm: Float32Array): this {
    if (this.finished) throw new Error('AudioFingerprinter: update() after finish()');
    let offset = 0;
    while (offset < pcm.length) {
      if (this.fill === this.buffer.length) {
        // Keep the last frame's worth; everything older has been analysed.
        this.buffer.copyWithin(0, this.fill - frameSize, this.fill);
        this.fill = frameSize;
      }
      const take = Math.min(pcm.length - offset, this.buffer.length - this.fill, this.nextFrameEnd - this.samples);
      this.buffer.set(pcm.subarray(offset, offset + take), this.fill);
      this.fill += take;
      this.samples += take;
      offset += take;
      if (this.samples === this.nextFrameEnd) {
        this.nextFrameEnd += hop;
        this.analyseFrame(this.fill - frameSize);
      }
    }
    return this;
  }

  finish(): AudioFingerprint {
    if (this.finished) throw new Error('AudioFingerprinter: finish() called twice');
    this.finished = true;
    if (this.count % loudnessBlock !== 0) this.closeBlock(this.count % loudnessBlock);
    // Views, not copies: the worker hands the buffers over whole, and three hours' 3.7 MB are not held twice.
    return {
      subFingerprints: this.out.subarray(0, this.count),
      loudness: this.loudness.subarray(0, Math.ceil(this.count / loudnessBlock)),
      sampleCount: this.samples,
    };
  }

  private analyseFrame(start: number): void {
    const { buffer, window, spectrum, edges, firstBin } = this;
    this.fft.windowedPower(buffer, start, window, spectrum, firstBin, edges[bands]!);

    const energies = this.previous;
    this.previous = this.energies;
    this.energies = energies;
    let total = 0;
    for (let m = 0; m < bands; m++) {
      let e = 0;
      for (let k = edges[m]! - firstBin, end = edges[m + 1]! - firstBin; k < end; k++) e += spectrum[k]!;
      energies[m] = e;
      total += e;
    }
    this.framesDone++;
    if (this.framesDone < 2) return;

    const prev = this.previous;
    let bits = 0;
    for (let m = 0; m < bands - 1; m++) {
      const d = energies[m]! - energies[m + 1]! - (prev[m]! - prev[m + 1]!);
      if (d > 0) bits |= 1 << m;
    }
    this.out = grownTo(this.out, this.count + 1);
    this.out[this.count++] = bits >>> 0;
    this.blockEnergy += total;
    if (this.count % loudnessBlock === 0) this.closeBlock(loudnessBlock);
  }

  private closeBlock(size: number): void {
    const index = Math.floor((this.count - 1) / loudnessBlock);
    this.loudness = grownTo(this.loudness, index + 1);
    const mean = this.blockEnergy / size / FULL_SCALE_POWER;
    this.loudness[index] = dbToLoudness(mean > 0 ? 10 * Math.log10(mean) : -Infinity);
    this.blockEnergy = 0;
  }
}
