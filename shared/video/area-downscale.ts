// The page's reduction of a decoded frame to the signature's 32×32 gray image: the area average of
// the luma plane, each output pixel the mean of the source pixels it covers (fractions of a pixel at
// its edges weighed by how much of them it covers). The CLI asks ffmpeg for the same thing
// (`scale=32:32:flags=area,format=gray`, verifier/node/decode-video.ts); both keep the luma as coded.
import { FRAME_BYTES, VIDEO_PARAMS } from './params.ts';

const N = VIDEO_PARAMS.size;

export interface LumaPlane {
  /** 8-bit luma samples; row y starts at `offset + y * stride`. */
  data: Uint8Array;
  offset: number;
  stride: number;
  width: number;
  height: number;
}

/** For each of the N output cells along an axis of `length` pixels: the first source pixel and each covered pixel's weight (summing to 1). */
interface Coverage {
  first: Int32Array;
  weights: Float32Array[];
}

function coverage(length: number): Coverage {
  const first = new Int32Array(N);
  const weights: Float32Array[] = [];
  const span = length / N;
  for (let o = 0; o < N; o++) {
    const start = o * span;
    const end = (o + 1) * span;
    const from = Math.floor(start);
    const to = Math.min(length, Math.ceil(end));
    const w = new Float32Array(to - from);
    for (let p = from; p < to; p++) w[p - from] = (Math.min(end, p + 1) - Math.max(start, p)) / span;
    first[o] = from;
    weights.push(w);
  }
  return { first, weights };
}

/** Reuses its buffers and coverage tables for frames of one size, as a video's are. */
export class AreaDownscaler {
  private width = 0;
  private height = 0;
  private columns: Coverage = coverage(N);
  private rows: Coverage = coverage(N);
  /** Each source row reduced to N columns. */
  private narrowed = new Float32Array(0);

  /** @param out FRAME_BYTES gray levels, row by row, written over */
  reduce(plane: LumaPlane, out: Uint8Array): Uint8Array {
    const { data, offset, stride, width, height } = plane;
    if (width < 1 || height < 1) throw new RangeError(`a frame of ${width}×${height} pixels has nothing to reduce`);
    if (out.length !== FRAME_BYTES) throw new RangeError(`the gray image is ${FRAME_BYTES} bytes, not ${out.length}`);
    if (stride < width || offset + (height - 1) * stride + width > data.length) throw new RangeError(`a ${width}×${height} plane with stride ${stride} does not fit in ${data.length} bytes`);
    if (width !== this.width || height !== this.height) {
      [this.width, this.height] = [width, height];
      this.columns = coverage(width);
      this.rows = coverage(height);
      this.narrowed = new Float32Array(height * N);
    }
    const { columns, rows, narrowed } = this;
    for (let y = 0; y < height; y++) {
      const row = offset + y * stride;
      for (let o = 0; o < N; o++) {
        const w = columns.weights[o]!;
        const from = row + columns.first[o]!;
        let s = 0;
        for (let k = 0; k < w.length; k++) s += data[from + k]! * w[k]!;
        narrowed[y * N + o] = s;
      }
    }
    for (let o = 0; o < N; o++) {
      const w = rows.weights[o]!;
      const from = rows.first[o]!;
      for (let x = 0; x < N; x++) {
        let s = 0;
        for (let k = 0; k < w.length; k++) s += narrowed[(from + k) * N + x]! * w[k]!;
        out[o * N + x] = Math.min(255, Math.round(s));
      }
    }
    return out;
  }
}
