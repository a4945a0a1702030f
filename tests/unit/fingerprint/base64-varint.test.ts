import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../shared/fingerprint/base64.ts';
import { decodeVarints, encodeVarints } from '../../../shared/fingerprint/varint.ts';
import { prngBytes } from './test-data.ts';

describe('base64', () => {
  it('equals Node for every length and round-trips', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = prngBytes(n, 50 + n);
      const text = encodeBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(decodeBase64(text)).toEqual(bytes);
    }
    const big = prngBytes(100_000, 99);
    expect(encodeBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });

  it('accepts only canonical padded base64', () => {
    for (const bad of ['QQ', 'QQ=', 'Q===', 'QR==', 'QUI=x', 'QU!=', 'QUJD\n', 'QUJ=']) expect(decodeBase64(bad)).toBeNull();
    expect(decodeBase64('QQ==')).toEqual(new Uint8Array([0x41]));
  });
});

describe('varints', () => {
  it('round-trips chunk lengths in at most three bytes', () => {
    const values = [1, 127, 128, 16_383, 16_384, 65_536, 262_144];
    const bytes = encodeVarints(values);
    expect(bytes.length).toBe(1 + 1 + 2 + 2 + 3 + 3 + 3);
    expect(Array.from(decodeVarints(bytes, values.length, 3) as Uint32Array)).toEqual(values);
  });

  it("round-trips past the writer's 64 KiB blocks, values of one to five bytes", () => {
    const values = Array.from({ length: 60_000 }, (_, i) => [i, i * 131, i * 40_009, 2 ** 31 - 1 - i, 2 ** 32 - 1 - i][i % 5]!);
    const bytes = encodeVarints(values);
    expect(bytes.length).toBeGreaterThan(128 * 1024);
    expect(Array.from(decodeVarints(bytes, values.length, 5) as Uint32Array)).toEqual(values);
  });

  it('says what is wrong with damaged input', () => {
    expect(decodeVarints(new Uint8Array([0x80]), 1, 3)).toMatch(/end after 0 of 1/);
    expect(decodeVarints(new Uint8Array([1, 2]), 1, 3)).toMatch(/1 bytes follow/);
    expect(decodeVarints(new Uint8Array([0x80, 0x80, 0x80, 0x01]), 1, 3)).toMatch(/longer than 3 bytes/);
    expect(decodeVarints(new Uint8Array([0x81, 0x00]), 1, 3)).toMatch(/not minimally encoded/);
  });
});
