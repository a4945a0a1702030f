import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../shared/fingerprint/base64.ts';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { fingerprintFilePieces, readFingerprintFile, writeFingerprintFile, type ReadOptions } from '../../../shared/fingerprint/fingerprint-file.ts';
import { FingerprintFormatError, type FingerprintProblem } from '../../../shared/fingerprint/fingerprint-format-error.ts';
import { encodeVarints } from '../../../shared/fingerprint/varint.ts';
import { prngBytes, wavBytes } from './test-data.ts';

const wavFp = fingerprintOf('talk.wav', wavBytes(prngBytes(600_000, 31), { sampleRate: 16000 }));
const binFp = fingerprintOf('blob.bin', prngBytes(300_000, 32));

type Json = Record<string, any>;
const fileOf = (): Json => JSON.parse(writeFingerprintFile(wavFp));

function problem(edit: (j: Json) => unknown, options?: ReadOptions): [FingerprintProblem, string] {
  const j = fileOf();
  edit(j);
  try {
    readFingerprintFile(JSON.stringify(j), options);
  } catch (e) {
    if (e instanceof FingerprintFormatError) return [e.problem, e.message];
    throw e;
  }
  throw new Error('no error');
}

describe('fingerprint file', () => {
  it('keeps a WAV header in a chunk of its own', () => {
    expect(wavFp.chunks.lengths[0]).toBe(wavFp.file.wav!.dataOffset);
  });

  it('round-trips a WAV and a non-WAV fingerprint', () => {
    expect(readFingerprintFile(writeFingerprintFile(wavFp))).toEqual(wavFp);
    expect(readFingerprintFile(writeFingerprintFile(binFp))).toEqual(binFp);
  });

  it('is written a top-level field at a time, the pieces joined being JSON.stringify\'s text with an indent of 2', () => {
    // Sections of every shape a section has: strings with quotes and line breaks, nested objects and arrays, null, empty ones.
    const sections = {
      packets: { codec: 'opus', hashes: 'QUJD', truncated: false },
      tracks: [{ label: 'picture', kind: 'video', id: 1, problem: 'a "quoted"\nline' }, { label: 'sound 2', packets: { steps: '', list: [] } }],
      video: { fps: 5, flat: null, empty: {} },
    };
    for (const fp of [wavFp, binFp, { ...binFp, ...sections } as typeof binFp]) {
      const pieces = [...fingerprintFilePieces(fp)];
      expect(pieces.length).toBeGreaterThan(4);
      expect(pieces.join('')).toBe(`${JSON.stringify(JSON.parse(pieces.join('')), null, 2)}\n`);
      expect(pieces.join('')).toBe(writeFingerprintFile(fp));
    }
    expect(JSON.parse(writeFingerprintFile({ ...binFp, ...sections } as typeof binFp)).tracks[0].problem).toBe('a "quoted"\nline');
  });

  it('has the documented top level and compact chunks', () => {
    const j = fileOf();
    expect(j.format).toBe('opnamepact-fingerprint');
    expect(j.version).toBe(2);
    expect(Object.keys(j.file)).toEqual(['name', 'bytes', 'sha256', 'container', 'duration', 'wav']);
    expect(j.chunking).toEqual({ algorithm: 'fastcdc-gear32-v1', min: 16384, avg: 65536, max: 262144 });
    expect(j.chunks.count).toBe(wavFp.chunks.lengths.length);
    expect(j.chunks.hash).toBe('sha256-128');
  });

  it('keeps the reserved sections and hands them to their validators', () => {
    const text = writeFingerprintFile({ ...binFp, packets: { v: 1 }, audio: [1, 2] });
    expect(readFingerprintFile(text)).toMatchObject({ packets: { v: 1 }, audio: [1, 2] });
    const seen: unknown[] = [];
    const fp = readFingerprintFile(text, { sections: { packets: (v) => (seen.push(v), 'parsed') } });
    expect(seen).toEqual([{ v: 1 }]);
    expect(fp.packets).toBe('parsed');
    expect(() =>
      readFingerprintFile(text, {
        sections: {
          audio: () => {
            throw new Error('bad rate');
          },
        },
      }),
    ).toThrow(/"audio" section: bad rate/);
  });

  it('refuses what is not a fingerprint file', () => {
    expect(() => readFingerprintFile('{"format":')).toThrow(/not valid JSON/);
    expect(() => readFingerprintFile('[]')).toThrow(/not an Opnamepact fingerprint/);
    expect(problem((j) => (j.format = 'other'))[0]).toBe('malformed');
    expect(() => readFingerprintFile(' '.repeat(64 * 1024 * 1024 + 1))).toThrow(/larger than 64 MiB/);
  });

  it('says a newer version needs a newer Opnamepact', () => {
    const [kind, message] = problem((j) => (j.version = 3));
    expect(kind).toBe('newer-version');
    expect(message).toMatch(/newer Opnamepact/);
    expect(problem((j) => (j.version = '1'))[0]).toBe('malformed');
    expect(problem((j) => (j.version = 0))[0]).toBe('malformed');
  });

  it('checks every field', () => {
    const cases: [(j: Json) => unknown, RegExp][] = [
      [(j) => delete j.file, /file is missing/],
      [(j) => (j.file.name = 5), /file\.name/],
      [(j) => (j.file.bytes = -1), /file\.bytes/],
      [(j) => (j.file.bytes = 1.5), /file\.bytes/],
      [(j) => (j.file.sha256 = 'ABC'), /file\.sha256/],
      [(j) => (j.file.sha256 = j.file.sha256.toUpperCase()), /file\.sha256/],
      [(j) => (j.file.container = 'W A V'), /file\.container/],
      [(j) => (j.file.duration = 'long'), /file\.duration/],
      [(j) => (j.file.wav.format = 'mp3'), /file\.wav\.format/],
      [(j) => (j.file.wav.channels = 0), /file\.wav\.channels/],
      [(j) => (j.file.wav.extensible = 'no'), /file\.wav\.extensible/],
      [(j) => (j.file.wav.container = 'aiff'), /file\.wav\.container/],
      [(j) => (j.chunking.algorithm = 'rabin'), /chunked with "rabin"/],
      [(j) => (j.chunking.avg = 8192), /chunk sizes/],
      [(j) => (j.chunks.count = 0), /chunks\.count/],
      [(j) => (j.chunks.hash = 'md5'), /chunks\.hash/],
      [(j) => (j.chunks.lengths = 'not base64!'), /chunks\.lengths must be base64/],
      [(j) => (j.chunks.hashes = 12), /chunks\.hashes must be base64/],
      [(j) => (j.chunks.lengths = encodeBase64(new Uint8Array([0x80, 0x80, 0x80, 0x01]))), /chunks\.lengths is damaged/],
    ];
    for (const [edit, message] of cases) expect(problem(edit)[1]).toMatch(message);
  });

  it('refuses a fingerprint whose parts contradict each other', () => {
    const lengths = Array.from(wavFp.chunks.lengths);
    const cases: [(j: Json) => unknown, RegExp][] = [
      [(j) => (j.file.bytes += 1), /add up to/],
      [(j) => (j.chunks.count += 1), /lengths (end|are)|chunks\.count/],
      [(j) => (j.chunks.hashes = encodeBase64(new Uint8Array(16))), /chunks\.hashes holds 16 bytes/],
      [(j) => (j.chunks.lengths = encodeBase64(encodeVarints([...lengths.slice(0, -2), 100, lengths.at(-2)! + lengths.at(-1)! - 100]))), /chunk \d+ is 100 bytes/],
      [(j) => (j.file.duration = 99), /differs from the WAV header/],
      [(j) => (j.file.container = 'mp4'), /file\.wav is present/],
      [(j) => (j.file.wav.dataBytes = j.file.bytes), /beyond the file/],
      [(j) => (j.file.wav.blockAlign = 3), /contradicts itself.*bytes per frame/],
      [(j) => (j.chunks.count -= 1, j.chunks.hashes = encodeBase64(wavFp.chunks.hashes.subarray(16)), j.chunks.lengths = encodeBase64(encodeVarints([lengths[0]! + lengths[1]!, ...lengths.slice(2)]))), /no chunk ends where the WAV audio data starts/],
    ];
    for (const [edit, message] of cases) {
      const [kind, text] = problem(edit);
      expect(text).toMatch(message);
      expect(['inconsistent', 'malformed']).toContain(kind);
    }
  });
});
