// Deterministic test inputs made in code, so vectors never depend on committed binaries.
import { concatBytes } from '../../../shared/media/concat-bytes.ts';
import type { ByteSource } from '../../../shared/media/byte-source.ts';

/**
 * xorshift32 (Marsaglia 2003): x ^= x << 13; x ^= x >>> 17; x ^= x << 5, taking the low byte of each
 * state. Any seed but 0 works; golden vectors name their seed.
 */
export function prngBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return concatBytes(parts);
}

export interface WavSpec {
  channels?: number;
  sampleRate?: number;
  bitsPerSample?: number;
  /** Write WAVE_FORMAT_EXTENSIBLE with this sub-format tag. */
  extensibleSubFormat?: number;
  formatTag?: number;
  /** Chunks placed between fmt and data, e.g. a LIST chunk. */
  extraChunks?: { id: string; body: Uint8Array }[];
  rf64?: boolean;
}

/** A canonical WAV file around `data` (sample bytes), plain RIFF or RF64 with a ds64 chunk. */
export function wavBytes(data: Uint8Array, spec: WavSpec = {}): Uint8Array {
  const channels = spec.channels ?? 1;
  const sampleRate = spec.sampleRate ?? 8000;
  const bits = spec.bitsPerSample ?? 16;
  const blockAlign = channels * Math.ceil(bits / 8);
  const fmt = new DataView(new ArrayBuffer(spec.extensibleSubFormat === undefined ? 16 : 40));
  fmt.setUint16(0, spec.extensibleSubFormat === undefined ? (spec.formatTag ?? 1) : 0xfffe, true);
  fmt.setUint16(2, channels, true);
  fmt.setUint32(4, sampleRate, true);
  fmt.setUint32(8, sampleRate * blockAlign, true);
  fmt.setUint16(12, blockAlign, true);
  fmt.setUint16(14, bits, true);
  if (spec.extensibleSubFormat !== undefined) {
    fmt.setUint16(16, 22, true);
    fmt.setUint16(18, bits, true);
    fmt.setUint32(20, 0, true);
    fmt.setUint16(24, spec.extensibleSubFormat, true);
  }
  const chunks: Uint8Array[] = [];
  if (spec.rf64) chunks.push(chunk('ds64', new Uint8Array(28)));
  chunks.push(chunk('fmt ', new Uint8Array(fmt.buffer)));
  for (const c of spec.extraChunks ?? []) chunks.push(chunk(c.id, c.body));
  const dataHeader = new Uint8Array(8);
  dataHeader.set(ascii('data'));
  new DataView(dataHeader.buffer).setUint32(4, spec.rf64 ? 0xffffffff : data.length, true);
  const body = concat(ascii('WAVE'), ...chunks, dataHeader, data, new Uint8Array(data.length & 1));
  const head = new Uint8Array(8);
  head.set(ascii(spec.rf64 ? 'RF64' : 'RIFF'));
  new DataView(head.buffer).setUint32(4, spec.rf64 ? 0xffffffff : body.length, true);
  const file = concat(head, body);
  if (spec.rf64) {
    const v = new DataView(file.buffer);
    setU64(v, 20, file.length - 8);
    setU64(v, 28, data.length);
    setU64(v, 36, data.length / blockAlign);
  }
  return file;
}

function chunk(id: string, body: Uint8Array): Uint8Array {
  const head = new Uint8Array(8);
  head.set(ascii(id));
  new DataView(head.buffer).setUint32(4, body.length, true);
  return concat(head, body, new Uint8Array(body.length & 1));
}

function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, value % 2 ** 32, true);
  view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
}

function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** A ByteSource over bytes in memory. */
export function memorySource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(offset + length, bytes.length)),
  };
}
