import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isRecordingCode, RecordingCode, recordingCodeOf } from '../../../shared/fingerprint/recording-code.ts';
import { matchesShortCode, parseShortCode, shortCode } from '../../../shared/fingerprint/short-code.ts';
import { prngBytes } from './test-data.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('recording code', () => {
  it('matches the SHA-256 vectors (FIPS 180-2)', () => {
    expect(recordingCodeOf(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(recordingCodeOf(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(recordingCodeOf(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals node:crypto on pseudo-random data', () => {
    const data = prngBytes(300_001, 11);
    expect(recordingCodeOf(data)).toBe(createHash('sha256').update(data).digest('hex'));
  });

  it('gives the same code for every split of the input', () => {
    const data = prngBytes(257, 12);
    const expected = recordingCodeOf(data);
    for (let cut = 0; cut <= data.length; cut++) {
      expect(new RecordingCode().update(data.subarray(0, cut)).update(data.subarray(cut)).digest()).toBe(expected);
    }
    const bytewise = new RecordingCode();
    for (let i = 0; i < data.length; i++) bytewise.update(data.subarray(i, i + 1));
    expect(bytewise.digest()).toBe(expected);
  });

  it('recognises a code', () => {
    expect(isRecordingCode(recordingCodeOf(utf8('x')))).toBe(true);
    expect(isRecordingCode('ABC')).toBe(false);
    expect(isRecordingCode(recordingCodeOf(utf8('x')).toUpperCase())).toBe(false);
  });
});

describe('short code', () => {
  const code = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

  it('is the first 12 hex digits in groups of four', () => {
    expect(shortCode(code)).toBe('ba78 16bf 8f01');
  });

  it('parses typed forms tolerantly', () => {
    expect(parseShortCode('BA78-16BF-8F01')).toBe('ba7816bf8f01');
    expect(parseShortCode(' ba78 16bf 8f01 ')).toBe('ba7816bf8f01');
    expect(parseShortCode('ba7816bf8f01')).toBe('ba7816bf8f01');
    expect(parseShortCode('ba78 16bf 8f0')).toBeNull();
    expect(parseShortCode('ba78 16bf 8f0g')).toBeNull();
    expect(parseShortCode('ba78 16bf 8f01 2')).toBeNull();
  });

  it('matches a code by its short form', () => {
    expect(matchesShortCode(code, 'Ba78.16bf.8f01')).toBe(true);
    expect(matchesShortCode(code, 'ba78 16bf 8f02')).toBe(false);
  });
});
