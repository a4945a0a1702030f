import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../shared/fingerprint/fingerprinter.ts';
import { Base64Bytes } from '../../../shared/fingerprint/base64.ts';
import { FingerprintFileWriter } from '../../../shared/fingerprint/fingerprint-file-writer.ts';
import { readFingerprintFile } from '../../../shared/fingerprint/fingerprint-file.ts';
import { prngBytes } from './test-data.ts';

const fp = fingerprintOf('blob.bin', prngBytes(300_000, 41));

function written(write: (w: FingerprintFileWriter) => void): string[] {
  const pieces: string[] = [];
  const writer = new FingerprintFileWriter(fp, (piece) => pieces.push(piece));
  write(writer);
  writer.end();
  return pieces;
}

describe('FingerprintFileWriter', () => {
  it('writes the head at once and each section as it comes, the whole being JSON.stringify\'s text', () => {
    const pieces: string[] = [];
    const writer = new FingerprintFileWriter(fp, (piece) => pieces.push(piece));
    const head = pieces.join('');
    expect(head.startsWith('{\n  "format": "opnamepact-fingerprint",\n  "version": 2,\n  "file": {')).toBe(true);
    expect(head).toContain('"chunks": {');
    writer.section('packets', { codec: 'aac', list: [1, [2, []], { a: null }], empty: {} });
    writer.section('video', { fps: 5, note: 'tab\there, "quoted", \\ and é' });
    writer.end();
    const text = pieces.join('');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'file', 'chunking', 'chunks', 'packets', 'video']);
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(readFingerprintFile(text)).toMatchObject({ file: fp.file, packets: parsed.packets });
  });

  it('hands a long base64 string on as a piece of its own, not copied into a larger one', () => {
    const long = Buffer.from(prngBytes(30_000, 42)).toString('base64');
    const escaped = `${long.slice(0, 5000)}"\n${long.slice(5000)}`;
    const pieces = written((w) => w.section('audio', { subFingerprints: long, other: escaped, short: 'QUJD' }));
    expect(pieces).toContain(long);
    expect(pieces).not.toContain(escaped);
    const text = pieces.join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect((JSON.parse(text) as { audio: { other: string } }).audio.other).toBe(escaped);
  });

  it('writes Base64Bytes as their base64 a slice at a time, the same text JSON.stringify gives through toJSON', () => {
    for (const length of [0, 1, 2, 3, 3 * 256 * 1024, 3 * 256 * 1024 + 1, 2_000_000]) {
      const bytes = prngBytes(length, 43 + length);
      const pieces = written((w) => w.section('audio', { count: length, subFingerprints: new Base64Bytes(bytes) }));
      const text = pieces.join('');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect((JSON.parse(text) as { audio: { subFingerprints: string } }).audio.subFingerprints).toBe(Buffer.from(bytes).toString('base64'));
      // No piece holds the whole field's text once it is longer than a slice.
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(Math.max(1024 * 1024, 200));
    }
  });

  it('leaves out an undefined section and writes what JSON.stringify writes for undefined inside one', () => {
    const text = written((w) => {
      w.section('packets', undefined);
      w.section('tracks', [undefined, { a: undefined, b: 1 }]);
    }).join('');
    expect(text).not.toContain('"packets"');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).tracks).toEqual([null, { b: 1 }]);
  });

  it('refuses sections out of the file\'s order, twice, or after the end', () => {
    const writer = new FingerprintFileWriter(fp, () => {});
    writer.section('video', {});
    expect(() => writer.section('tracks', [])).toThrow('section "tracks" after "video"');
    expect(() => writer.section('video', {})).toThrow('section "video" after "video"');
    writer.section('pcm', undefined);
    writer.end();
    expect(() => writer.section('pcm', {})).toThrow('after the end');
    expect(() => writer.end()).toThrow('ended twice');
  });
});
