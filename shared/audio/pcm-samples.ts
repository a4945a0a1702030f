// WAV's PCM needs no decoder: interleaved integer or float samples become planar floats, scaled as
// ffmpeg scales them (by 2^(bits−1); 8-bit is unsigned around 128).

type Sample = (view: DataView, at: number) => number;

const FORMATS: Record<string, { bytes: number; read: Sample }> = {
  'pcm-u8': { bytes: 1, read: (v, at) => (v.getUint8(at) - 128) / 128 },
  'pcm-s16le': { bytes: 2, read: (v, at) => v.getInt16(at, true) / 32768 },
  'pcm-s24le': { bytes: 3, read: (v, at) => ((v.getUint8(at) | (v.getUint8(at + 1) << 8) | (v.getInt8(at + 2) << 16)) / 8388608) },
  'pcm-s32le': { bytes: 4, read: (v, at) => v.getInt32(at, true) / 2147483648 },
  'pcm-f32le': { bytes: 4, read: (v, at) => v.getFloat32(at, true) },
  'pcm-f64le': { bytes: 8, read: (v, at) => v.getFloat64(at, true) },
};

export function isPcmCodec(codec: string | null): boolean {
  return codec !== null && codec in FORMATS;
}

/** One Float32Array per channel from interleaved `bytes` (whole frames only). */
export function pcmToPlanar(bytes: Uint8Array, codec: string, channels: number): Float32Array[] {
  const format = FORMATS[codec];
  if (!format) throw new Error(`${codec} is not a PCM format`);
  const frameBytes = format.bytes * channels;
  const frames = Math.floor(bytes.length / frameBytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const planar = Array.from({ length: channels }, () => new Float32Array(frames));
  for (let c = 0; c < channels; c++) {
    const out = planar[c]!;
    for (let i = 0, at = c * format.bytes; i < frames; i++, at += frameBytes) out[i] = format.read(view, at);
  }
  return planar;
}
