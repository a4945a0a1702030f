// The page's streaming SHA-256 (generated WebAssembly, SIMD message schedule) against FIPS 180-4
// vectors and node:crypto: every split of the input gives the same digest, and lengths around every
// block and buffer edge.
// Runs in Node's V8, the engine of the Chromium the page runs in.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INPUT_BYTES } from '../../../verifier/web/hashing/sha256-wasm-module.ts';
import { StreamingSha256 } from '../../../verifier/web/hashing/streaming-sha256.ts';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
const reference = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const hash = async (...parts: Uint8Array[]): Promise<string> => {
  const h = await StreamingSha256.create();
  for (const part of parts) h.update(part);
  return h.digest();
};

describe('StreamingSha256', () => {
  it('gives the FIPS 180-4 example digests', async () => {
    expect(await hash(ascii('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await hash()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await hash(ascii('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      await hash(ascii('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(await hash(new Uint8Array(1_000_000).fill(0x61))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('gives the same digest however the input is split', async () => {
    const bytes = randomBytes(300);
    const expected = reference(bytes);
    for (let at = 0; at <= bytes.length; at++) {
      expect(await hash(bytes.subarray(0, at), bytes.subarray(at))).toBe(expected);
    }
    for (let at = 0; at < 140; at++) {
      expect(await hash(bytes.subarray(0, at), bytes.subarray(at, at + 64), new Uint8Array(0), bytes.subarray(at + 64))).toBe(expected);
    }
  });

  it('matches node:crypto at every length around the block and padding edges', async () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = randomBytes(length);
      expect(await hash(bytes)).toBe(reference(bytes));
    }
  });

  it('matches node:crypto on the 1 MiB pieces the code worker gets', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 4099);
    const h = await StreamingSha256.create();
    for (let at = 0; at < bytes.length; at += 1024 * 1024) h.update(bytes.subarray(at, at + 1024 * 1024));
    expect(h.digest()).toBe(reference(bytes));
  });

  it('matches node:crypto across its input buffer, in odd-sized pieces', async () => {
    const bytes = randomBytes(3 * INPUT_BYTES + 12_345);
    const h = await StreamingSha256.create();
    for (let at = 0; at < bytes.length; at += 77_777) h.update(bytes.subarray(at, at + 77_777));
    expect(h.digest()).toBe(reference(bytes));
  });

  it('refuses to be used after digest()', async () => {
    const h = await StreamingSha256.create();
    h.digest();
    expect(() => h.update(ascii('x'))).toThrow(/after digest/);
    expect(() => h.digest()).toThrow(/twice/);
  });
});
