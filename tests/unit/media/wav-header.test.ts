import { describe, expect, it } from 'vitest';
import {
  byteToSeconds,
  isWavSignature,
  parseWavHeader,
  secondsToByte,
  WavHeaderError,
  type WavHeaderProblem,
} from '../../../shared/media/containers/wav-header.ts';
import { prngBytes, wavBytes } from '../fingerprint/test-data.ts';

function problemOf(head: Uint8Array, size = head.length): WavHeaderProblem | 'none' {
  try {
    parseWavHeader(head, size);
    return 'none';
  } catch (e) {
    if (e instanceof WavHeaderError) return e.problem;
    throw e;
  }
}

describe('parseWavHeader', () => {
  it('reads a plain 16-bit PCM RIFF file', () => {
    const file = wavBytes(prngBytes(16000, 1), { channels: 2, sampleRate: 8000 });
    const h = parseWavHeader(file, file.length);
    expect(h).toMatchObject({
      container: 'riff',
      format: 'pcm',
      formatTag: 1,
      extensible: false,
      channels: 2,
      sampleRate: 8000,
      bitsPerSample: 16,
      blockAlign: 4,
      dataOffset: 44,
      dataBytes: 16000,
      frames: 4000,
    });
    expect(h.duration).toBe(0.5);
  });

  it('reads EXTENSIBLE float and skips chunks before data', () => {
    const list = { id: 'LIST', body: prngBytes(333, 2) };
    const file = wavBytes(prngBytes(4800, 3), { bitsPerSample: 32, extensibleSubFormat: 3, sampleRate: 48000, extraChunks: [list] });
    const h = parseWavHeader(file, file.length);
    expect(h).toMatchObject({ format: 'float', formatTag: 3, extensible: true, blockAlign: 4, frames: 1200 });
    // RIFF header 12 + fmt 8+40 + LIST 8+333+1 pad + data header 8
    expect(h.dataOffset).toBe(12 + 48 + 342 + 8);
  });

  it('reads RF64 sizes from the ds64 chunk', () => {
    const file = wavBytes(prngBytes(8000, 4), { rf64: true });
    const h = parseWavHeader(file, file.length);
    expect(h).toMatchObject({ container: 'rf64', dataBytes: 8000, frames: 4000, duration: 0.5 });
  });

  it('accepts a head that is only the first bytes of a large file', () => {
    const file = wavBytes(prngBytes(100_000, 5));
    expect(parseWavHeader(file.subarray(0, 64), file.length).dataBytes).toBe(100_000);
  });

  it('maps bytes to seconds and back, clamped to the data chunk', () => {
    const file = wavBytes(prngBytes(16000, 6));
    const h = parseWavHeader(file, file.length);
    expect(byteToSeconds(h, 0)).toBe(0);
    expect(byteToSeconds(h, 44 + 8000)).toBe(0.5);
    expect(byteToSeconds(h, file.length + 99)).toBe(1);
    expect(secondsToByte(h, 0.25)).toBe(44 + 4000);
    expect(secondsToByte(h, 9)).toBe(44 + 16000);
  });

  it('recognises the signature only', () => {
    expect(isWavSignature(wavBytes(new Uint8Array(2)))).toBe(true);
    expect(isWavSignature(new TextEncoder().encode('RIFF\0\0\0\0AVI LIST'))).toBe(false);
  });

  it('rejects lying headers, and headers cut before their data chunk, with a typed error', () => {
    const good = wavBytes(prngBytes(1000, 7));
    expect(problemOf(new TextEncoder().encode('hello world, not a wav'))).toBe('not-wav');
    expect(problemOf(good.subarray(0, 40), 40)).toBe('truncated');
    expect(problemOf(good.subarray(0, 30), 30)).toBe('chunk-beyond-file');
    expect(problemOf(good.subarray(0, 30), good.length)).toBe('head-too-short');

    const patched = (edit: (view: DataView) => void): Uint8Array => {
      const copy = good.slice();
      edit(new DataView(copy.buffer));
      return copy;
    };
    expect(problemOf(patched((v) => v.setUint32(4, good.length + 100, true)))).toBe('none'); // a RIFF size too large: a file cut short
    expect(problemOf(patched((v) => v.setUint16(32, 0, true)))).toBe('bad-fmt'); // blockAlign
    expect(problemOf(patched((v) => v.setUint16(32, 3, true)))).toBe('bad-fmt'); // blockAlign ≠ channels × bytes
    expect(problemOf(patched((v) => v.setUint16(22, 0, true)))).toBe('bad-fmt'); // channels
    expect(problemOf(patched((v) => v.setUint32(24, 0, true)))).toBe('bad-fmt'); // sample rate
    expect(problemOf(patched((v) => v.setUint32(16, 1_000_000, true)))).toBe('chunk-beyond-file'); // fmt size

    const dataFirst = good.slice();
    dataFirst.set(new TextEncoder().encode('junk'), 12);
    expect(problemOf(dataFirst)).toBe('missing-fmt');

    const rf64 = wavBytes(prngBytes(1000, 8), { rf64: true });
    const rf64NoDs64 = rf64.slice();
    rf64NoDs64.set(new TextEncoder().encode('junk'), 12);
    expect(problemOf(rf64NoDs64)).toBe('missing-ds64');
  });

  it('reads a file cut short as the samples that are there, and says how many bytes are missing', () => {
    const good = wavBytes(prngBytes(1000, 9));
    const cut = parseWavHeader(good.subarray(0, 500), 500);
    expect(cut).toMatchObject({ dataOffset: 44, dataBytes: 456, frames: 228, missingBytes: 544 });
    expect(parseWavHeader(good, good.length).missingBytes).toBeUndefined();
    const rf64 = wavBytes(prngBytes(1000, 8), { rf64: true });
    expect(parseWavHeader(rf64, rf64.length - 1)).toMatchObject({ dataBytes: 999, frames: 499, missingBytes: 1 });
  });

  it.each([0, 0xffffffff])('reads a data size of %i (written to a pipe) as data to the end of the file', (size) => {
    const piped = wavBytes(prngBytes(1000, 10));
    new DataView(piped.buffer).setUint32(40, size, true);
    new DataView(piped.buffer).setUint32(4, size, true);
    expect(parseWavHeader(piped, piped.length)).toMatchObject({ dataBytes: 1000, frames: 500, streamed: true });
    expect(parseWavHeader(piped, piped.length).missingBytes).toBeUndefined();
  });
});
