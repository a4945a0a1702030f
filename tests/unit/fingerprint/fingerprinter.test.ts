import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHUNK_HASH_BYTES } from '../../../shared/fingerprint/chunk-params.ts';
import { Fingerprinter } from '../../../shared/fingerprint/fingerprinter.ts';
import { WavHeaderError } from '../../../shared/media/containers/wav-header.ts';
import { prngBytes, wavBytes } from './test-data.ts';

function fingerprint(data: Uint8Array, feeds: number[] = []) {
  const f = new Fingerprinter('x.bin', data.length);
  let at = 0;
  for (const n of feeds) {
    f.update(data.subarray(at, at + n));
    at += n;
  }
  return f.update(data.subarray(at)).finish();
}

describe('Fingerprinter', () => {
  it('hashes the whole file and every chunk with SHA-256 (chunks truncated to 16 bytes)', () => {
    const data = prngBytes(1 << 20, 21);
    const fp = fingerprint(data);
    expect(fp.file).toMatchObject({ name: 'x.bin', bytes: data.length, container: null, duration: null, wav: null });
    expect(fp.file.sha256).toBe(createHash('sha256').update(data).digest('hex'));
    let at = 0;
    fp.chunks.lengths.forEach((len, i) => {
      const expected = createHash('sha256').update(data.subarray(at, at + len)).digest().subarray(0, CHUNK_HASH_BYTES);
      expect(Buffer.from(fp.chunks.hashes.subarray(i * CHUNK_HASH_BYTES, (i + 1) * CHUNK_HASH_BYTES))).toEqual(expected);
      at += len;
    });
    expect(at).toBe(data.length);
  });

  it('gives the same fingerprint for any split of the input', () => {
    const data = prngBytes(400_000, 22);
    const expected = fingerprint(data);
    for (const feeds of [[1], [65_535, 1, 2], [200_000], Array(400).fill(1000)]) {
      expect(fingerprint(data, feeds)).toEqual(expected);
    }
  });

  it('describes a WAV file from its header', () => {
    const fp = fingerprint(wavBytes(prngBytes(32_000, 23), { sampleRate: 16000 }));
    expect(fp.file.container).toBe('wav');
    expect(fp.file.duration).toBe(1);
    expect(fp.file.wav).toMatchObject({ format: 'pcm', dataOffset: 44, dataBytes: 32_000 });
  });

  it('refuses a WAV file whose header lies', () => {
    // A block size of 0; a file shorter than its header says is a recording cut short, not a lie.
    const wav = wavBytes(prngBytes(32_000, 24));
    new DataView(wav.buffer, wav.byteOffset).setUint16(32, 0, true);
    expect(() => fingerprint(wav)).toThrow(WavHeaderError);
  });
});
